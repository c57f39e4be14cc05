// @vitest-environment happy-dom
// (geometry.ts imports Leaflet, which reads window as it loads.)
import { describe, expect, it } from 'vitest';
import { getEvent, getPlace } from '../../data/index.ts';
import { groupNearby, sizeOfPlace, targetOfEvent } from './geometry.ts';

describe('targetOfEvent', () => {
  it('goes to the city scale for an event pinned to Caracas', () => {
    expect(targetOfEvent(getEvent('raid')!)).toEqual({
      kind: 'view',
      center: { lat: 10.4806, lng: -66.9036 },
      zoom: 10,
    });
  });

  it('frames both seas for the Southern Spear strikes', () => {
    const target = targetOfEvent(getEvent('southern-spear')!);
    expect(target.kind).toBe('box');
    if (target.kind !== 'box') return;
    const [[south, west], [north, east]] = target.box;
    expect(west).toBeLessThan(-95); // the Pacific waters
    expect(east).toBeGreaterThan(-63); // the eastern Caribbean
    expect(south).toBeLessThan(0);
    expect(north).toBeGreaterThan(20);
  });
});

describe('sizeOfPlace', () => {
  it('ranks Venezuela above central Caracas, and a city at zero', () => {
    expect(sizeOfPlace(getPlace('venezuela')!)).toBeGreaterThan(
      sizeOfPlace(getPlace('central-caracas')!),
    );
    expect(sizeOfPlace(getPlace('caracas')!)).toBe(0);
  });
});

const at = (x: number, y: number) => ({ x, y });

describe('groupNearby', () => {
  it('groups items closer than the radius to a group’s first item, and leaves the rest alone', () => {
    const items = [
      { item: 'a', at: at(0, 0) },
      { item: 'far', at: at(500, 0) },
      { item: 'b', at: at(10, 10) },
      { item: 'c', at: at(0, 39) },
      { item: 'edge', at: at(40, 0) },
    ];
    expect(groupNearby(items, 40)).toEqual([['a', 'b', 'c'], ['far'], ['edge']]);
  });

  it('keeps every item in exactly one group', () => {
    const items = Array.from({ length: 50 }, (_, i) => ({
      item: i,
      at: at((i * 37) % 200, (i * 53) % 200),
    }));
    const groups = groupNearby(items, 30);
    expect(groups.flat().toSorted((a, b) => a - b)).toEqual(items.map((i) => i.item));
  });
});
