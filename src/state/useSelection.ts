import { useCallback, useSyncExternalStore } from 'react';
import { parseSelection, searchFor, stepFrom, type Selection } from './selection.ts';

// Same-document navigations made with pushState or replaceState fire no event of their
// own, so the hook announces them itself; popstate covers Back and Forward.
const NAVIGATE = 'briefing:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

const getSearch = () => window.location.search;
// On the server (prerendering) nothing is selected: the default view.
const getServerSearch = () => '';

/**
 * How the reader moved. A `jump` (a timeline card, a story link, a place, a popup link,
 * Overview) adds a history entry, so Back returns to where they jumped from. A `step`
 * (Next, Previous, arrow keys, scrolling the story) replaces the entry: the address stays
 * shareable, and Back after only stepping leaves the page.
 */
export type Move = 'jump' | 'step';

/** Puts an event (or none) in the URL, as a new history entry for a jump. */
export function selectEvent(eventId: string | null, move: Move = 'jump'): void {
  const search = searchFor(eventId, window.location.search);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (move === 'step') window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE));
}

export interface SelectionApi {
  readonly selection: Selection;
  /** Selects an event, or none (the overview); a jump unless told it is a step. */
  readonly select: (eventId: string | null, move?: Move) => void;
  /** Moves `delta` events along the timeline (±Infinity: to an end), replacing the entry. */
  readonly step: (delta: number) => void;
}

/** The selected event, read from the URL and kept in step with history. */
export function useSelection(): SelectionApi {
  const search = useSyncExternalStore(subscribe, getSearch, getServerSearch);
  const selection = parseSelection(search);
  const select = useCallback(
    (eventId: string | null, move: Move = 'jump') => selectEvent(eventId, move),
    [],
  );
  const step = useCallback((delta: number) => {
    const target = stepFrom(parseSelection(window.location.search), delta);
    if (target !== null) selectEvent(target, 'step');
  }, []);
  return { selection, select, step };
}
