import { eventsAtPlace, formatShortDate, places } from '../../data/index.ts';

interface Props {
  readonly selectedId: string | null;
  readonly onSelect: (eventId: string) => void;
}

/**
 * The map's places as a list: an equivalent of the map that needs no pointer and no
 * Leaflet, and what print shows instead of the map.
 */
export function PlaceList({ selectedId, onSelect }: Props) {
  return (
    <details className="place-list">
      <summary>Places in this briefing, as a list</summary>
      <ul>
        {places.map((place) => (
          <li key={place.id}>
            <strong>{place.name}</strong>
            {place.kind === 'area' ? ' (approximate area)' : ''}: {place.description}
            {place.kind === 'area' && (
              <span className="place-list__note"> {place.precisionNote}</span>
            )}
            <ul>
              {eventsAtPlace(place.id).map((event) => (
                <li key={event.id}>
                  <button
                    type="button"
                    className="link-button"
                    aria-current={event.id === selectedId ? 'true' : undefined}
                    onClick={() => onSelect(event.id)}
                  >
                    {formatShortDate(event.date)}: {event.title}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
