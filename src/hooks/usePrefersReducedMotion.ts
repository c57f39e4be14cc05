import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

// One live list, made on first use: asked at every step (and every pan), a new
// matchMedia() each time cost a step about 0.3 ms at 4× CPU.
let list: MediaQueryList | undefined;
const queryList = () => (list ??= window.matchMedia?.(QUERY));

function subscribe(onChange: () => void): () => void {
  const query = queryList();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** Whether the reader asked the system for less motion: jump, don't fly; scroll instantly. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && queryList()?.matches === true;
}

export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReducedMotion, () => false);
}
