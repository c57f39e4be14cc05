import { useCallback, useSyncExternalStore } from 'react';
import { afterNextPaint } from '../hooks/afterNextPaint.ts';
import { parseSelection, searchFor, stepFrom, type Selection } from './selection.ts';

// Same-document navigations made with pushState or replaceState fire no event of their
// own, so the hook announces them itself; popstate covers Back and Forward.
const NAVIGATE = 'briefing:navigate';

// A step's address, shown on the page but not yet written to the history entry. The
// browser takes a few milliseconds over replaceState, which a step need not wait for: the
// address is written once the step's frame is painted.
let unwritten: string | null = null;

function subscribe(onChange: () => void): () => void {
  const onPopState = () => {
    // Back or Forward before a step's address was written: the entry moved to wins. (So
    // does any other popstate in that frame, a same-page #link's; the step is then lost.)
    unwritten = null;
    onChange();
  };
  window.addEventListener('popstate', onPopState);
  window.addEventListener(NAVIGATE, onChange);
  // A hidden page paints no frames: leaving it writes a waiting step at once.
  window.addEventListener('pagehide', writeAddressNow);
  document.addEventListener('visibilitychange', writeAddressNow);
  return () => {
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener(NAVIGATE, onChange);
    window.removeEventListener('pagehide', writeAddressNow);
    document.removeEventListener('visibilitychange', writeAddressNow);
  };
}

/** The selection's search string: the address, or the step it is about to be given. */
const currentSearch = (): string => unwritten ?? window.location.search;
// On the server (prerendering) nothing is selected: the default view.
const getServerSearch = () => '';

const urlWith = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;

/** Writes a step's address into the history entry now, if one is waiting. */
export function writeAddressNow(): void {
  if (unwritten === null) return;
  const url = urlWith(unwritten);
  unwritten = null;
  window.history.replaceState(null, '', url);
}

/** The page's address with the selection in it: a waiting step is written first. */
export function currentUrl(): string {
  writeAddressNow();
  return window.location.href;
}

/**
 * How the reader moved. A `jump` (a timeline card, a story link, a place, a popup link,
 * Overview) adds a history entry, so Back returns to where they jumped from. A `step`
 * (Next, Previous, arrow keys, scrolling the story) replaces the entry: the address stays
 * shareable, and Back after only stepping leaves the page.
 */
export type Move = 'jump' | 'step';

/**
 * Puts an event (or none) in the URL: a new history entry for a jump; for a step, the same
 * entry, once the step is painted.
 */
export function selectEvent(eventId: string | null, move: Move = 'jump'): void {
  const search = searchFor(eventId, currentSearch());
  if (search === currentSearch()) return;
  if (move === 'step') {
    if (unwritten === null) afterNextPaint(writeAddressNow);
    unwritten = search;
  } else {
    // The entry a jump leaves keeps the step it showed, so Back returns to it.
    writeAddressNow();
    window.history.pushState(null, '', urlWith(search));
  }
  window.dispatchEvent(new Event(NAVIGATE));
}

export interface SelectionApi {
  readonly selection: Selection;
  /** Selects an event, or none (the overview); a jump unless told it is a step. */
  readonly select: (eventId: string | null, move?: Move) => void;
  /** Moves `delta` events along the timeline (±Infinity: to an end), replacing the entry. */
  readonly step: (delta: number) => void;
}

/**
 * The selected event, read from the URL (or the step about to be written to it) and kept
 * in step with history.
 */
export function useSelection(): SelectionApi {
  const search = useSyncExternalStore(subscribe, currentSearch, getServerSearch);
  const selection = parseSelection(search);
  const select = useCallback(
    (eventId: string | null, move: Move = 'jump') => selectEvent(eventId, move),
    [],
  );
  const step = useCallback((delta: number) => {
    const target = stepFrom(parseSelection(currentSearch()), delta);
    if (target !== null) selectEvent(target, 'step');
  }, []);
  return { selection, select, step };
}
