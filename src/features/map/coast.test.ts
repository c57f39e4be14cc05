import { describe, expect, it } from 'vitest';
import { coastOf } from './coast.ts';

const land = (rings: number[][][]): GeoJSON.MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: [rings],
});

describe('coastOf', () => {
  it('keeps a ring that never touches a clip edge whole', () => {
    const ring = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    expect(coastOf(land([ring]), [[0, 0, 10, 10]]).coordinates).toEqual([ring]);
  });

  it('drops the stretch that clipping laid along the window, in one piece across the seam', () => {
    // An island cut by the window's east edge (x = 10): its coast is the rest, unbroken.
    const ring = [
      [8, 2],
      [10, 2],
      [10, 4],
      [8, 4],
      [7, 3],
      [8, 2],
    ];
    expect(coastOf(land([ring]), [[0, 0, 10, 10]]).coordinates).toEqual([
      [
        [10, 4],
        [8, 4],
        [7, 3],
        [8, 2],
        [10, 2],
      ],
    ]);
  });
});
