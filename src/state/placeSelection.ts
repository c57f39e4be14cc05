// Which event a place stands for, given the selection: what a click on a place selects.
// A module of its own so that only the map's chunk, which uses it, carries it.
import { eventsAtPlace, indexOfEvent, type BriefingEvent } from '../data/index.ts';
import { selectedEventOf, type Selection } from './selection.ts';

/**
 * The event a click on a place selects. If the selected event happened there, it stays
 * selected; otherwise the place's event nearest in timeline order to the selected one
 * (the earlier of two equally near), or its first when nothing is selected. Null for a
 * place with no events.
 */
export function eventForPlace(placeId: string, selection: Selection): string | null {
  const here = eventsAtPlace(placeId);
  if (selection.status !== 'selected') return here[0]?.id ?? null;
  let best: BriefingEvent | undefined;
  let bestDistance = Infinity;
  for (const event of here) {
    const distance = Math.abs(indexOfEvent(event.id) - selection.index);
    if (distance < bestDistance) [best, bestDistance] = [event, distance];
  }
  return best?.id ?? null;
}

/** Whether the selected event happened at a place. */
export function isSelectedAt(placeId: string, selection: Selection): boolean {
  const event = selectedEventOf(selection);
  return !!event && (event.placeIds as readonly string[]).includes(placeId);
}
