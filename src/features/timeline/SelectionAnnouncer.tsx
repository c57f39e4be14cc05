import { formatDate, getEvent } from '../../data/index.ts';
import type { Selection } from '../../state/selection.ts';

/**
 * A polite live region that says only the selected event's date and title, so a screen
 * reader hears each step once, however the step was taken (timeline, map or story).
 */
export function SelectionAnnouncer({ selection }: { readonly selection: Selection }) {
  const event = selection.status === 'selected' ? getEvent(selection.eventId) : undefined;
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {event ? `${formatDate(event.date)}: ${event.title}` : ''}
    </div>
  );
}
