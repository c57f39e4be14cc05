import { useEffect } from 'react';

/**
 * Keeps the host page's iframe as tall as the embed, over pym.js (pymChild.ts). The
 * protocol's code is fetched only here, so the full page never loads it.
 */
export function ReportHeight() {
  useEffect(function reportHeightToTheHost() {
    let stop: (() => void) | undefined;
    let isCancelled = false;
    import('./pymChild.ts').then(
      ({ reportHeight }) => {
        if (!isCancelled) stop = reportHeight();
      },
      (error: unknown) => {
        // The embed still works; the host's iframe just keeps the height it had.
        console.warn('The embed could not report its height to the host page.', error);
      },
    );
    return () => {
      isCancelled = true;
      stop?.();
    };
  }, []);
  return null;
}
