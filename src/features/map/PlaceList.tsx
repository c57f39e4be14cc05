import { useBriefing, useUi } from '../../locale/useEdition.ts';
import { PlaceSummary } from './PlaceSummary.tsx';

interface Props {
  readonly selectedId: string | null;
  readonly onSelect: (eventId: string) => void;
}

/**
 * The map's places as a list: an equivalent of the map that needs no pointer and no
 * Leaflet, and what print shows instead of the map.
 */
export function PlaceList({ selectedId, onSelect }: Props) {
  const { getEvent, placeName, places } = useBriefing();
  const ui = useUi();
  // Only the selected event's places mark it; the other summaries (memoized) skip the step.
  const selectedPlaces = new Set(selectedId ? getEvent(selectedId)?.placeIds : []);
  return (
    <details className="place-list">
      <summary>{ui.placesList}</summary>
      <ul>
        {places.map((place) => (
          <li key={place.id}>
            <h3 className="place-list__name">{placeName(place)}</h3>
            <PlaceSummary
              place={place}
              selectedId={selectedPlaces.has(place.id) ? selectedId : null}
              onSelect={onSelect}
            />
          </li>
        ))}
      </ul>
    </details>
  );
}
