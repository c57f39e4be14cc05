import { memo } from 'react';
import type { Place } from '../../data/index.ts';
import { useBriefing } from '../../locale/useEdition.ts';

interface Props {
  readonly place: Place;
  readonly selectedId: string | null;
  readonly onSelect: (eventId: string) => void;
}

/**
 * A place's events (as buttons that select them), what it is, and how precise: the
 * content of a map popup and of each entry in the list of places.
 */
export const PlaceSummary = memo(function PlaceSummary({ place, selectedId, onSelect }: Props) {
  const { eventsAtPlace, formatShortDate } = useBriefing();
  return (
    <>
      <ul className="place-summary__events">
        {eventsAtPlace(place.id).map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className="link-button"
              aria-current={event.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(event.id)}
            >
              <span className="theme-dot" data-theme={event.theme} aria-hidden="true" />
              {formatShortDate(event.date)}: {event.title}
            </button>
          </li>
        ))}
      </ul>
      <p className="place-summary__description">{place.description}</p>
      {place.kind === 'area' && <p className="place-summary__note">{place.precisionNote}</p>}
    </>
  );
});
