// Embed mode: `?embed` in the address asks for the compact layout that a news article frames
// (the map, the stepper and the event; no masthead, story or footer). Like the selection it
// lives in the URL, and it never changes during a page's life: steps keep every parameter
// but `event` (searchFor).
import { useSyncExternalStore } from 'react';

/** The parameter. src/main.tsx reads it too, before React, to set the page's `embed` class. */
export const EMBED_PARAM = 'embed';

/** Whether a query string such as `?embed&event=raid` asks for the embed. Never throws. */
export function isEmbedSearch(search: string): boolean {
  try {
    return new URLSearchParams(search).has(EMBED_PARAM);
  } catch {
    return false;
  }
}

const subscribe = () => () => {};
const getEmbedded = () => isEmbedSearch(window.location.search);
// The page is prerendered once, for every address: the full layout. A static host knows no
// query string, so the embed is chosen as React takes over (after hydrating the full layout,
// so it matches the HTML and React has nothing to warn about).
const getServerEmbedded = () => false;

/** Whether this page is the embed. */
export function useIsEmbedded(): boolean {
  return useSyncExternalStore(subscribe, getEmbedded, getServerEmbedded);
}
