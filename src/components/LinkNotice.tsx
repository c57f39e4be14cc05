import type { Selection } from '../state/selection.ts';

/**
 * Said when the address names an event the briefing does not have. The bad value itself
 * is never shown: it may be long, or hostile, and it tells the reader nothing.
 */
export function LinkNotice({ selection }: { readonly selection: Selection }) {
  return (
    <div className="link-notice" role="status">
      {selection.status === 'invalid' && (
        <p>
          The link you followed points to an event this briefing does not have, so it opens at the
          start. Pick any event in the timeline, the map or the story.
        </p>
      )}
    </div>
  );
}
