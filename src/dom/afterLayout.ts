/**
 * Runs `read` once the browser has laid out the page for its next frame, before that frame
 * is painted: the moment a measurement costs nothing, as the layout is fresh. (A new
 * ResizeObserver reports an element's size once after the next layout, whatever it is.)
 * Measured any earlier, right after the DOM has changed, it would force a layout of its
 * own, which the frame then repeats for whatever changes next. Returns a cancel.
 *
 * Where there is no ResizeObserver (a test's DOM), `read` runs at once.
 */
export function afterLayout(element: Element, read: () => void): () => void {
  if (typeof ResizeObserver === 'undefined') {
    read();
    return () => {};
  }
  const observer = new ResizeObserver(() => {
    observer.disconnect();
    read();
  });
  observer.observe(element);
  return () => observer.disconnect();
}
