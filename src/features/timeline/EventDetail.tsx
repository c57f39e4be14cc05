import { CitationList } from '../../components/CitationList.tsx';
import {
  formatDate,
  isoDate,
  placeName,
  placesOfEvent,
  themeLabel,
  timingNote,
  type BriefingEvent,
} from '../../data/index.ts';
import { selectedEventOf, type Selection } from '../../state/selection.ts';

interface Props {
  readonly selection: Selection;
}

function whereLabel(event: BriefingEvent): string {
  return placesOfEvent(event).map(placeName).join('; ') || (event.placeNote ?? '');
}

/** The selected event in full: date, title, summary, place, theme and sources. */
export function EventDetail({ selection }: Props) {
  const event = selectedEventOf(selection);
  if (!event) return null;
  const timing = timingNote(event.date);
  return (
    <article className="event-detail" data-theme={event.theme} aria-labelledby="event-detail-title">
      <p className="event-detail__date">
        <time dateTime={isoDate(event.date)}>{formatDate(event.date)}</time>
        {event.yearNote && ' · year inferred'}
      </p>
      <h3 id="event-detail-title" className="event-detail__title">
        {event.title}
      </h3>
      <p className="event-detail__summary">{event.summary}</p>
      {(timing || event.yearNote) && (
        // Folded, so the card stays short enough to leave the map and the story in view;
        // the date line above already says when a date is inferred or not reported.
        <details className="event-detail__note">
          <summary>About this date</summary>
          {timing && <p>{timing}</p>}
          {event.yearNote && <p>{event.yearNote}</p>}
        </details>
      )}
      <p className="event-detail__meta">
        <span className="theme-dot" data-theme={event.theme} aria-hidden="true" />
        {themeLabel(event.theme)} · {whereLabel(event)}
      </p>
      <CitationList citations={event.citations} />
    </article>
  );
}
