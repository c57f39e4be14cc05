import type {
  LeafletKeyboardEvent,
  Marker as LeafletMarker,
  Polygon as LeafletPolygon,
} from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Marker, Polygon, Popup, useMap, useMapEvents } from 'react-leaflet';
import {
  eventsAtPlace,
  formatShortDate,
  getEvent,
  places,
  type AreaPlace,
  type Place,
  type Theme,
} from '../../data/index.ts';
import { boxOfPlace } from './geometry.ts';
import { areaIcon, pointIcon } from './icons.ts';

interface Props {
  readonly selectedId: string | null;
  readonly onSelect: (eventId: string) => void;
}

interface PlaceProps extends Props {
  readonly place: Place;
  /** The selected event's theme when it happened here; null otherwise. */
  readonly highlight: Theme | null;
}

/** The popup's content: what the place is, how precise, and its events as buttons. */
function PlacePopup({ place, selectedId, onSelect }: Omit<PlaceProps, 'highlight'>) {
  return (
    <div className="place-popup">
      <h3 className="place-popup__name">
        {place.name}
        {place.kind === 'area' && <span className="place-popup__approx"> · approximate area</span>}
      </h3>
      <ul className="place-popup__events">
        {eventsAtPlace(place.id).map((event) => (
          <li key={event.id}>
            <button
              type="button"
              data-theme={event.theme}
              aria-current={event.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(event.id)}
            >
              <span className="theme-dot" data-theme={event.theme} aria-hidden="true" />
              {formatShortDate(event.date)}: {event.title}
            </button>
          </li>
        ))}
      </ul>
      <p className="place-popup__description">{place.description}</p>
      {place.kind === 'area' && <p className="place-popup__note">{place.precisionNote}</p>}
    </div>
  );
}

/**
 * Activating a place selects its first event, unless one of its events is already
 * selected (then the reader is exploring the popup, and the selection stays).
 */
function useActivate(place: Place, selectedId: string | null, onSelect: (id: string) => void) {
  return () => {
    const here = eventsAtPlace(place.id);
    if (!here.some((e) => e.id === selectedId) && here[0]) onSelect(here[0].id);
  };
}

/**
 * Marker behaviour shared by pins and area labels: Enter (Leaflet's) and Space open the
 * popup and select; keyboard-opened popups take focus; Escape closes and hands it back.
 */
function useMarkerHandlers(activate: () => void) {
  const markerRef = useRef<LeafletMarker>(null);
  const openedByKeyboard = useRef(false);
  const handlers = useMemo(() => {
    function closeOnEscape(e: KeyboardEvent) {
      if (e.key !== 'Escape') return;
      markerRef.current?.closePopup();
      markerRef.current?.getElement()?.focus();
    }
    return {
      click: () => activate(),
      // keydown comes before Leaflet's own keypress, which opens the popup on Enter.
      keydown: (e: LeafletKeyboardEvent) => {
        const { key } = e.originalEvent;
        if (key === 'Escape') markerRef.current?.closePopup();
        if (key !== 'Enter' && key !== ' ') return;
        openedByKeyboard.current = true;
        if (key === ' ') {
          e.originalEvent.preventDefault();
          markerRef.current?.openPopup();
        }
        activate();
      },
      popupopen: () => {
        const popup = markerRef.current?.getPopup()?.getElement();
        popup?.addEventListener('keydown', closeOnEscape);
        if (!openedByKeyboard.current) return;
        openedByKeyboard.current = false;
        // react-leaflet renders the popup's content after this event, so focus on the next frame.
        requestAnimationFrame(() => popup?.querySelector<HTMLElement>('button')?.focus());
      },
      popupclose: () => {
        markerRef.current?.getPopup()?.getElement()?.removeEventListener('keydown', closeOnEscape);
      },
    };
  }, [activate]);
  return { markerRef, handlers };
}

/**
 * Highlights a layer's element in the selected event's theme colour, without rebuilding
 * it (a rebuilt marker would drop keyboard focus).
 */
function useHighlight(getElement: () => Element | undefined, theme: Theme | null) {
  useEffect(function markSelected() {
    const el = getElement();
    if (!el) return;
    el.classList.toggle('is-selected', theme !== null);
    if (theme) el.setAttribute('data-theme', theme);
    else el.removeAttribute('data-theme');
  });
}

function PointMarker({ place, highlight, selectedId, onSelect }: PlaceProps) {
  const activate = useActivate(place, selectedId, onSelect);
  const { markerRef, handlers } = useMarkerHandlers(activate);
  const count = eventsAtPlace(place.id).length;
  // Built once per place: a new icon would replace the element and lose keyboard focus.
  const icon = useMemo(() => pointIcon(place, count), [place, count]);
  useHighlight(() => markerRef.current?.getElement(), highlight);
  if (place.kind !== 'point') return null;
  return (
    <Marker
      ref={markerRef}
      position={place.position}
      icon={icon}
      keyboard
      eventHandlers={handlers}
      zIndexOffset={1000}
    >
      <Popup maxWidth={320} maxHeight={POPUP_MAX_HEIGHT}>
        <PlacePopup place={place} selectedId={selectedId} onSelect={onSelect} />
      </Popup>
    </Marker>
  );
}

// Taller popups scroll inside, so they fit even a short map.
const POPUP_MAX_HEIGHT = 240;

const AREA_STYLE = { weight: 2, dashArray: '6 5' } as const;

/** Below this many pixels across, an area is too small on screen to hold its own label. */
const MIN_AREA_PX = 60;

function AreaShape({ place, highlight, selectedId, onSelect }: PlaceProps & { place: AreaPlace }) {
  const map = useMap();
  const activate = useActivate(place, selectedId, onSelect);
  const { markerRef, handlers } = useMarkerHandlers(activate);
  const polygonRef = useRef<LeafletPolygon>(null);
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });

  const [[south, west], [north, east]] = boxOfPlace(place);
  const widthPx = map.project([north, east], zoom).x - map.project([south, west], zoom).x;
  const offsetY = widthPx < MIN_AREA_PX ? 30 : 0;
  const positions = useMemo(
    () => place.outline.map((p) => [p.lat, p.lng] as [number, number]),
    [place],
  );
  const count = eventsAtPlace(place.id).length;
  const icon = useMemo(() => areaIcon(place, count, offsetY), [place, count, offsetY]);
  useHighlight(() => markerRef.current?.getElement(), highlight);
  useHighlight(() => polygonRef.current?.getElement(), highlight);

  const polygonHandlers = useMemo(
    () => ({
      click: () => {
        markerRef.current?.openPopup();
        activate();
      },
    }),
    [activate, markerRef],
  );

  return (
    <>
      <Polygon
        ref={polygonRef}
        positions={positions}
        // className only takes effect at creation; react-leaflet applies pathOptions later.
        className="area"
        pathOptions={AREA_STYLE}
        eventHandlers={polygonHandlers}
      />
      <Marker
        ref={markerRef}
        position={place.labelAt}
        icon={icon}
        keyboard
        eventHandlers={handlers}
        zIndexOffset={500}
      >
        <Popup maxWidth={320} maxHeight={POPUP_MAX_HEIGHT}>
          <PlacePopup place={place} selectedId={selectedId} onSelect={onSelect} />
        </Popup>
      </Marker>
    </>
  );
}

/** Every place: pins for cities, shaded areas with labels for what the article leaves vague. */
export function PlaceLayers({ selectedId, onSelect }: Props) {
  const selected = selectedId ? getEvent(selectedId) : undefined;
  const selectedPlaces = new Set<string>(selected?.placeIds ?? []);
  return places.map((place) =>
    place.kind === 'area' ? (
      <AreaShape
        key={place.id}
        place={place}
        highlight={selectedPlaces.has(place.id) ? (selected?.theme ?? null) : null}
        selectedId={selectedId}
        onSelect={onSelect}
      />
    ) : (
      <PointMarker
        key={place.id}
        place={place}
        highlight={selectedPlaces.has(place.id) ? (selected?.theme ?? null) : null}
        selectedId={selectedId}
        onSelect={onSelect}
      />
    ),
  );
}
