import type { DivIcon, LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { Marker, Popup } from 'react-leaflet';
import { eventsAtPlace, type LatLng, type Place, type Theme } from '../../data/index.ts';
import { markHighlight } from './icons.ts';
import { PlaceSummary } from './PlaceSummary.tsx';

interface Props {
  readonly place: Place;
  readonly position: LatLng;
  readonly icon: DivIcon;
  readonly zIndexOffset: number;
  /** The selected event's theme when it happened here; null otherwise. */
  readonly highlight: Theme | null;
  readonly selectedId: string | null;
  readonly onSelect: (eventId: string) => void;
  /** The Leaflet marker, for an area's shape to open this popup when it is clicked. */
  readonly markerRef: RefObject<LeafletMarker | null>;
}

// Taller popups scroll inside, so they fit even a short map.
const POPUP_MAX_HEIGHT = 240;

/**
 * Activating a place selects its first event, unless one of its events is already
 * selected (then the reader is exploring its popup, and the selection stays).
 */
export function activatePlace(
  placeId: string,
  selectedId: string | null,
  onSelect: (id: string) => void,
) {
  const here = eventsAtPlace(placeId);
  if (!here.some((e) => e.id === selectedId) && here[0]) onSelect(here[0].id);
}

interface PopupProps {
  readonly place: Place;
  readonly selectedId: string | null;
  readonly onSelect: (eventId: string) => void;
  /** True once after the keyboard opened the popup: focus then moves into it. */
  readonly takeFocusRequest: () => boolean;
  readonly onEscape: () => void;
}

/** The popup's content. react-leaflet mounts it only while the popup is open. */
function PlacePopup({ place, selectedId, onSelect, takeFocusRequest, onEscape }: PopupProps) {
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(
    function focusFirstEventWhenOpenedByKeyboard() {
      // preventScroll: the popup may poke above the map's frame; the page must not jump to it.
      if (takeFocusRequest())
        rootRef.current?.querySelector('button')?.focus({ preventScroll: true });
    },
    [takeFocusRequest],
  );

  useEffect(
    function closeOnEscape() {
      const root = rootRef.current;
      const handleKeyDown = (e: KeyboardEvent) => e.key === 'Escape' && onEscape();
      root?.addEventListener('keydown', handleKeyDown);
      return () => root?.removeEventListener('keydown', handleKeyDown);
    },
    [onEscape],
  );

  return (
    <div className="place-popup" ref={rootRef}>
      <h3 className="place-popup__name">
        {place.name}
        {place.kind === 'area' && <span className="place-popup__approx"> · approximate area</span>}
      </h3>
      <PlaceSummary place={place} selectedId={selectedId} onSelect={onSelect} />
    </div>
  );
}

/**
 * A place's handle on the map (a city's pin, or an area's label): reachable with Tab,
 * activated by click, Enter or Space, with a popup of its events. Escape closes the popup
 * and returns focus to the handle.
 */
export function PlaceMarker(props: Props) {
  const { place, position, icon, zIndexOffset, highlight, selectedId, onSelect, markerRef } = props;
  const wantsFocus = useRef(false);
  const activate = useCallback(
    () => activatePlace(place.id, selectedId, onSelect),
    [place.id, selectedId, onSelect],
  );

  const handlers = useMemo(
    () => ({
      click: activate,
      // keydown comes before Leaflet's own keypress, which toggles the popup on Enter.
      keydown: (e: LeafletKeyboardEvent) => {
        const { key } = e.originalEvent;
        if (key === 'Escape') markerRef.current?.closePopup();
        if (key !== 'Enter' && key !== ' ') return;
        wantsFocus.current = true;
        if (key === ' ') {
          e.originalEvent.preventDefault();
          markerRef.current?.openPopup();
        }
        activate();
      },
      popupclose: () => {
        wantsFocus.current = false;
      },
    }),
    [activate, markerRef],
  );

  const takeFocusRequest = useCallback(() => {
    const wanted = wantsFocus.current;
    wantsFocus.current = false;
    return wanted;
  }, []);

  const closeAndRefocus = useCallback(() => {
    markerRef.current?.closePopup();
    markerRef.current?.getElement()?.focus({ preventScroll: true });
  }, [markerRef]);

  useEffect(function highlightSelectedPlace() {
    markHighlight(markerRef.current?.getElement(), highlight);
  });

  useEffect(
    function closePopupWhenSelectionLeaves() {
      // A popup belongs with the selection: once the selected event is elsewhere, this
      // popup is stale, and keeping it open would pull the map back to it.
      if (highlight === null) markerRef.current?.closePopup();
    },
    [highlight, markerRef],
  );

  return (
    <Marker
      ref={markerRef}
      position={position}
      icon={icon}
      keyboard
      eventHandlers={handlers}
      zIndexOffset={zIndexOffset}
    >
      <Popup maxWidth={320} maxHeight={POPUP_MAX_HEIGHT}>
        <PlacePopup
          place={place}
          selectedId={selectedId}
          onSelect={onSelect}
          takeFocusRequest={takeFocusRequest}
          onEscape={closeAndRefocus}
        />
      </Popup>
    </Marker>
  );
}
