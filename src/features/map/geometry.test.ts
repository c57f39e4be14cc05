// @vitest-environment jsdom
// (geometry.ts imports Leaflet, which reads window as it loads.)
import { describe, expect, it } from 'vitest';
import { getEvent, getPlace } from '../../data/index.ts';
import { sizeOfPlace, targetOfEvent } from './geometry.ts';

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
