// Where the map should look, from the data alone (unit-tested). No Leaflet here: the build's
// prerender reads these too; views.ts has the measures that need a live map.
import { placesOfEvent, type BriefingEvent, type LatLng, type Place } from '../../data/index.ts';

/** [[south, west], [north, east]] */
export type Box = [[number, number], [number, number]];

/** The opening view: the Caribbean, with Caracas and the Pacific edge in sight. */
export const OVERVIEW: Box = [
  [6.5, -90],
  [23.5, -60],
];

/** The "Caracas" button's view: the city and its coast. */
export const CARACAS_VIEW = { center: { lat: 10.52, lng: -66.89 }, zoom: 10 } as const;

function boxOf(points: readonly LatLng[]): Box {
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  return [
    [Math.min(...lats), Math.min(...lngs)],
    [Math.max(...lats), Math.max(...lngs)],
  ];
}

export function boxOfPlace(place: Place): Box {
  return place.kind === 'area' ? boxOf(place.outline) : boxOf([place.position]);
}

/** Square degrees of a place's box: a rough size, enough to stack areas. Points are 0. */
export function sizeOfPlace(place: Place): number {
  const [[south, west], [north, east]] = boxOfPlace(place);
  return (north - south) * (east - west);
}

/** Where to move for an event: a city's centre at its zoom, or the box around its areas. */
export type MapTarget =
  | { readonly kind: 'view'; readonly center: LatLng; readonly zoom: number }
  | { readonly kind: 'box'; readonly box: Box };

export function targetOfEvent(event: BriefingEvent): MapTarget {
  const eventPlaces = placesOfEvent(event);
  const [only] = eventPlaces;
  if (eventPlaces.length === 1 && only?.kind === 'point')
    return { kind: 'view', center: only.position, zoom: only.zoom };
  const corners = eventPlaces.flatMap((p) => {
    const [[s, w], [n, e]] = boxOfPlace(p);
    return [
      { lat: s, lng: w },
      { lat: n, lng: e },
    ];
  });
  return { kind: 'box', box: corners.length ? boxOf(corners) : OVERVIEW };
}

/** The map's margin around a box it fits: the box's edges stay clear of the frame. */
export const FIT_PADDING = [24, 24] as const;

/**
 * Groups items whose screen points lie within `radius` pixels of a group's first item, in
 * the given order (greedy, so the same input always gives the same groups). Every item is
 * in exactly one group; an item near nothing is a group of one.
 */
export function groupNearby<T>(
  items: readonly { readonly item: T; readonly at: { readonly x: number; readonly y: number } }[],
  radius: number,
): T[][] {
  const taken = new Set<number>();
  const groups: T[][] = [];
  for (const [i, seed] of items.entries()) {
    if (taken.has(i)) continue;
    const group: T[] = [];
    for (const [j, other] of items.entries()) {
      if (taken.has(j)) continue;
      if (Math.hypot(other.at.x - seed.at.x, other.at.y - seed.at.y) >= radius) continue;
      taken.add(j);
      group.push(other.item);
    }
    groups.push(group);
  }
  return groups;
}
