// The embed's half of pym.js, the protocol news CMSes use to size an iframe to its content:
// a chunk of its own, fetched from the page's origin by the embed only (ReportHeight).
import pym from 'pym.js';

/**
 * Tells the host page's pym.Parent the embed's height, `pymxPYMx{id}xPYMxheightxPYMx{px}`,
 * whenever it changes: another event's card, the live map taking the picture's place, the
 * list of events opened, a font arriving, the host's column narrowing (pym.Child also
 * answers the host's width messages itself). The height is the body's (pym's own measure),
 * watched with a ResizeObserver rather than polled. Returns a function that stops it.
 */
export function reportHeight(): () => void {
  // Sends the height once, now.
  const child = new pym.Child();
  let sent = document.body.offsetHeight;
  const observer = new ResizeObserver(() => {
    const height = document.body.offsetHeight;
    if (height === sent) return;
    sent = height;
    child.sendHeight();
  });
  observer.observe(document.body, { box: 'border-box' });
  return () => {
    observer.disconnect();
    child.remove();
  };
}
