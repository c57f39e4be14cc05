import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { writeAddressNow } from '../state/useSelection.ts';

afterEach(() => {
  cleanup();
  // A step's address still waiting to be written would land in the next test's page.
  writeAddressNow();
  window.history.replaceState(null, '', '/');
});

// happy-dom does no layout, so it has no scrolling; the views call these, and tests spy on them.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
Element.prototype.scrollTo ??= function scrollTo() {};
// Nor does it resize anything, so a ResizeObserver that never fires is faithful enough.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
// Nor media queries: answer as a desktop window with no preferences set.
window.matchMedia ??= (query: string) =>
  ({
    matches: /min-width/.test(query),
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  }) as MediaQueryList;
// Nor does it scroll, so an IntersectionObserver that never reports is faithful too.
globalThis.IntersectionObserver ??= class {
  readonly root = null;
  readonly rootMargin = '';
  readonly thresholds = [];
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
} as unknown as typeof IntersectionObserver;
