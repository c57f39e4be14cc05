import { describe, expect, it } from 'vitest';
import { CARACAS_BBOX, REGION_BBOX } from './basemap.ts';
import { cityTowns, regionTowns } from './towns.ts';

const region = regionTowns(REGION_BBOX);
const city = cityTowns(CARACAS_BBOX, region);
const names = (towns: readonly { name: string }[]) => towns.map((t) => t.name);

describe('GeoNames towns for the basemap', () => {
  it('names Caracas’s districts and the towns around it at city zoom', () => {
    expect(names(city)).toEqual(
      expect.arrayContaining([
        'Petare',
        'Baruta',
        'Chacao',
        'El Hatillo',
        'Catia La Mar',
        'Maiquetía',
        'La Guaira',
        'Los Teques',
        'Guarenas',
      ]),
    );
    expect(city.every((t) => t.minZoom >= 8)).toBe(true);
  });

  it('leaves the story’s own pins to the story (no second Caracas or New York)', () => {
    const all = names([...region, ...city]);
    expect(all).not.toContain('Caracas');
    expect(all).not.toContain('New York City');
  });

  it('names only capitals from the widest view', () => {
    const widest = region.filter((t) => t.minZoom <= 4.5);
    expect(widest.length).toBeGreaterThan(5);
    expect(widest.every((t) => t.isCapital)).toBe(true);
    expect(names(widest)).toEqual(expect.arrayContaining(['Havana', 'Bogotá', 'Santo Domingo']));
  });

  it('keeps boroughs and suburbs out of the region’s names', () => {
    expect(names(region)).not.toContain('Brooklyn');
    expect(names(region)).not.toContain('Iztapalapa');
  });

  it('names each place once across both sets', () => {
    const keys = [...region, ...city].map((t) => `${t.name} ${t.position.lat} ${t.position.lng}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
