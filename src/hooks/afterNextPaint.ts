/**
 * Runs `task` once the next frame is painted (a task queued from a frame's animation
 * callback runs after that frame's paint), for work a step need not wait for: the browser
 * takes a few milliseconds over a new title or history entry. Returns a cancel.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
