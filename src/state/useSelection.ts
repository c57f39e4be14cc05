import { useCallback, useSyncExternalStore } from 'react';
import { parseSelection, searchFor, type Selection } from './selection.ts';

// Same-document navigations made with pushState fire no event of their own, so the
// hook announces them itself; popstate covers Back and Forward.
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

/** Puts an event in the URL as a new history entry, so Back returns to the previous one. */
export function selectEvent(eventId: string | null): void {
  const search = searchFor(eventId, window.location.search);
  if (search === window.location.search) return;
  window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
  window.dispatchEvent(new Event(NAVIGATE));
}

/** The selected event, read from the URL and kept in step with history. */
export function useSelection(): { selection: Selection; select: (eventId: string | null) => void } {
  const search = useSyncExternalStore(subscribe, getSearch, getServerSearch);
  const selection = parseSelection(search);
  const select = useCallback((eventId: string | null) => selectEvent(eventId), []);
  return { selection, select };
}
