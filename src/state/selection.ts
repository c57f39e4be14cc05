// The selection as it lives in the URL: `?event=<id>`. Pure functions, no window.
import { events, getEvent, indexOfEvent, type BriefingEvent } from '../data/index.ts';

const EVENT_PARAM = 'event';

/** What the URL says is selected. `invalid` when it names an event the briefing lacks. */
export type Selection =
  | { readonly status: 'none' }
  | { readonly status: 'selected'; readonly eventId: string; readonly index: number }
  | { readonly status: 'invalid' };

/** Reads the selection from a query string such as `?event=raid`. Never throws. */
export function parseSelection(search: string): Selection {
  let value: string | null;
  try {
    value = new URLSearchParams(search).get(EVENT_PARAM);
  } catch {
    return { status: 'invalid' };
  }
  if (value === null) return { status: 'none' };
  const index = indexOfEvent(value);
  return index >= 0 ? { status: 'selected', eventId: value, index } : { status: 'invalid' };
}

/** The selected event's id, or null when nothing (or an unknown event) is selected. */
export function selectedIdOf(selection: Selection): string | null {
  return selection.status === 'selected' ? selection.eventId : null;
}

/** The selected event's record, or undefined when nothing is selected. */
export function selectedEventOf(selection: Selection): BriefingEvent | undefined {
  return selection.status === 'selected' ? getEvent(selection.eventId) : undefined;
}

/**
 * The query string for a selection: `event` replaced in place, added at the end, or removed;
 * every other parameter kept as written (URLSearchParams would turn the embed's bare
 * `?embed` into `?embed=`).
 */
export function searchFor(eventId: string | null, currentSearch = ''): string {
  const ours = eventId === null ? [] : [`${EVENT_PARAM}=${encodeURIComponent(eventId)}`];
  const parts: string[] = [];
  for (const part of currentSearch.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const name = new URLSearchParams(part).keys().next().value;
    if (name !== EVENT_PARAM) parts.push(part);
    else parts.push(...ours.splice(0));
  }
  parts.push(...ours);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The id of the story passage that tells an event, which the timeline's links lead to. */
export function passageIdOf(eventId: string): string {
  return `passage-${eventId}`;
}

/**
 * The timeline's link to an event: selects it where scripts run, and without them leads to
 * the passage that tells it (the static page ignores the query).
 */
export function eventHref(eventId: string): string {
  return `${searchFor(eventId)}#${passageIdOf(eventId)}`;
}

/** The event `delta` steps from the selection; from no selection, Next is the first event. */
export function stepFrom(selection: Selection, delta: number): string | null {
  const from = selection.status === 'selected' ? selection.index : -1;
  const to = Math.min(Math.max(from + delta, 0), events.length - 1);
  if (selection.status !== 'selected' && delta < 0) return null;
  return events[to]?.id ?? null;
}
