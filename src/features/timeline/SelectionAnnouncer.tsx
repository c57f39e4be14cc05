import { useEffect } from 'react';
import { afterNextPaint } from '../../hooks/afterNextPaint.ts';
import { useBriefing } from '../../locale/useEdition.ts';
import { selectedIdOf, type Selection } from '../../state/selection.ts';

/**
 * Names the page after the selected event, and keeps a polite live region that says only the selected event's date and title, so a screen
 * reader hears each step once, however the step was taken (timeline, map or story).
 */
export function SelectionAnnouncer({ selection }: { readonly selection: Selection }) {
  const { getEvent, formatDate, meta } = useBriefing();
  const selectedId = selectedIdOf(selection);
  const event = selectedId ? getEvent(selectedId) : undefined;
  const title = event?.title;

  useEffect(
    function nameTheHistoryEntry() {
      // History menus and shared tabs then say which event each entry shows. Once the
      // step is painted: the browser takes about 2 ms at 4× CPU over a new title.
      const named = title ? `${title} · ${meta.headline}` : meta.headline;
      // A page opened in a background tab paints no frames: named at once.
      if (document.hidden) {
        document.title = named;
        return;
      }
      return afterNextPaint(() => {
        document.title = named;
      });
    },
    [title, meta.headline],
  );

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {event ? `${formatDate(event.date)}: ${event.title}` : ''}
    </div>
  );
}
