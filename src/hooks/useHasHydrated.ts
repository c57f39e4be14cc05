import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const onClient = () => true;
const inPrerender = () => false;

/**
 * False while React renders the page's HTML (the build's prerender) and while it hydrates
 * that HTML; true from the render after. For markup that should differ once scripts run
 * (the timeline is a list of plain links without them), without a hydration mismatch.
 */
export function useHasHydrated(): boolean {
  return useSyncExternalStore(subscribe, onClient, inPrerender);
}
