import 'leaflet/dist/leaflet.css';
import './map.css';
import type { Map as LeafletMap } from 'leaflet';
import { useCallback, useEffect, useRef, useState, type ComponentProps } from 'react';
import { MapContainer, ZoomControl } from 'react-leaflet';
import { ScaleBar } from './ScaleBar.tsx';
import { getEvent, type Theme } from '../../data/index.ts';
import { prefersReducedMotion } from '../../hooks/usePrefersReducedMotion.ts';
import { selectedIdOf, type Selection } from '../../state/selection.ts';
import { eventForPlace, isSelectedAt } from '../../state/placeSelection.ts';
import { BasemapLayers } from './BasemapLayers.tsx';
import { drawJumpsOnce } from './drawJumpsOnce.ts';
import { panAtOnceForLessMotion } from './panAtOnce.ts';
import { FollowSelection, type OpenPlace } from './FollowSelection.tsx';
import { CARACAS_VIEW, FIT_PADDING, OVERVIEW } from './geometry.ts';
import { fittedView, isShowing } from './views.ts';
import { KeepViewInsideBasemap, REACHABLE } from './KeepViewInsideBasemap.tsx';
import { LabelPlacement } from './LabelPlacement.tsx';
import { Legend } from './Legend.tsx';
import { MapToolbar, type MapView } from './MapToolbar.tsx';
import { PlaceLayers } from './PlaceLayers.tsx';
import { StreetTiles } from './StreetTiles.tsx';
import { TouchPanGuard } from './TouchPanGuard.tsx';
import { useBriefing } from '../../locale/useEdition.ts';
import { mapUi } from '../../locale/mapUi.ts';

interface Props {
  readonly selection: Selection;
  readonly onSelect: (eventId: string) => void;
}

// Before any map exists: every step with reduced motion is a jump, and Leaflet's own pans
// jump too.
drawJumpsOnce();
panAtOnceForLessMotion();

// Short enough to sit on one line beside the scale bar on a phone.
const ATTRIBUTION =
  '<a href="https://www.naturalearthdata.com/">Natural Earth</a> · ' +
  '<a href="https://www.geonames.org/">GeoNames</a> ' +
  '(<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>)';

/** Which of the toolbar's views the map shows now, if any; kept current as the map moves. */
function useShownView(map: LeafletMap | null): MapView | null {
  const [shown, setShown] = useState<MapView | null>(null);
  useEffect(
    function watchWhichViewIsShown() {
      if (!map) return;
      const update = () =>
        setShown(
          isShowing(map, fittedView(map, OVERVIEW))
            ? 'caribbean'
            : isShowing(map, CARACAS_VIEW)
              ? 'caracas'
              : null,
        );
      update();
      map.on('moveend resize', update);
      return () => {
        map.off('moveend resize', update);
      };
    },
    [map],
  );
  return shown;
}

type ToolbarProps = Omit<ComponentProps<typeof MapToolbar>, 'isReady' | 'shownView'>;

/**
 * The toolbar, with the view the map shows kept current: its own component, so that a
 * move that changes which button is pressed (a step into or out of Caracas) renders the
 * toolbar, not the whole map.
 */
function LiveToolbar({ map, ...props }: ToolbarProps & { readonly map: LeafletMap | null }) {
  return <MapToolbar isReady={map !== null} shownView={useShownView(map)} {...props} />;
}

/** The Leaflet map: bundled basemap, places, the selection's highlight and popups. Loaded lazily. */
export default function BriefingMap({ selection, onSelect }: Props) {
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [hasStreetTiles, setHasStreetTiles] = useState(false);
  const [haveTilesFailed, setHaveTilesFailed] = useState(false);
  // Failed tiles switch the street map off: the box unticks, its credit goes with the layer,
  // and the notice says why.
  const handleTileError = useCallback(() => {
    setHasStreetTiles(false);
    setHaveTilesFailed(true);
  }, []);
  const [openPlace, setOpenPlace] = useState<OpenPlace | null>(null);
  const openings = useRef(0);
  const selectedId = selectedIdOf(selection);
  const ui = mapUi[useBriefing().locale];

  // A popup belongs with the selection: once the selected event is elsewhere (a step, a
  // story link, Overview), its place's popup closes.
  if (openPlace && !isSelectedAt(openPlace.placeId, selection)) setOpenPlace(null);

  const handleActivate = useCallback(
    (placeId: string, byKeyboard: boolean) => {
      const eventId = eventForPlace(placeId, selection);
      if (!eventId) return;
      openings.current += 1;
      setOpenPlace({ placeId, byKeyboard, serial: openings.current });
      if (eventId !== selectedId) onSelect(eventId);
    },
    [selection, selectedId, onSelect],
  );

  const handlePopupClose = useCallback(
    (closed: OpenPlace, refocus: boolean) => {
      // Escape and the × hand focus back to the place's handle, where the reader opened the
      // popup. (The × then closes it in Leaflet too, which calls this again, without
      // refocus: a second call must stay harmless.)
      if (refocus)
        map
          ?.getContainer()
          .querySelector<HTMLElement>(`[data-place-handle="${closed.placeId}"]`)
          ?.focus({ preventScroll: true });
      // Only this popup: a click on another place has closed it and opened that one.
      setOpenPlace((open) => (open === closed ? null : open));
    },
    [map],
  );
  const handleEscape = useCallback(() => setOpenPlace(null), []);

  function handleView(view: MapView) {
    if (!map) return;
    // The popup belongs to a place the new view may not show; left open, it would pull
    // the map back to itself.
    setOpenPlace(null);
    const animate = !prefersReducedMotion();
    // No stop(): setView and fitBounds end a flight themselves, while stop() snaps a
    // fractional zoom with a short animation that makes Leaflet drop the next move.
    if (view === 'caribbean') map.fitBounds(OVERVIEW, { padding: [...FIT_PADDING], animate });
    else map.setView(CARACAS_VIEW.center, CARACAS_VIEW.zoom, { animate });
  }

  const selected = selectedId ? getEvent(selectedId) : undefined;
  const highlightOf = (placeId: string): Theme | null =>
    selected && (selected.placeIds as readonly string[]).includes(placeId) ? selected.theme : null;

  useEffect(
    function describeMapForKeyboardUsers() {
      if (!map) return;
      const container = map.getContainer();
      container.setAttribute('role', 'group');
      container.setAttribute('aria-label', ui.mapLabel);
      // The page's ← → steps stop at the map, where those keys pan.
      container.setAttribute('data-own-arrow-keys', '');
      map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
      map.attributionControl.addAttribution(ATTRIBUTION);
    },
    [map, ui.mapLabel],
  );

  return (
    <>
      <LiveToolbar
        map={map}
        onView={handleView}
        hasStreetTiles={hasStreetTiles}
        onStreetTilesChange={(isOn) => {
          setHasStreetTiles(isOn);
          setHaveTilesFailed(false);
        }}
        haveTilesFailed={haveTilesFailed}
      />
      {/* On phones, a step scrolls the page down if the docked stepper covers this frame. */}
      <div className="map-frame" data-keep-in-view="">
        <MapContainer
          ref={setMap}
          className="map"
          bounds={OVERVIEW}
          zoomSnap={0.25}
          // Read once, at creation, like every MapContainer prop: zooms jump for readers who
          // asked for less motion.
          zoomAnimation={!prefersReducedMotion()}
          markerZoomAnimation={!prefersReducedMotion()}
          fadeAnimation={!prefersReducedMotion()}
          inertia={!prefersReducedMotion()}
          minZoom={2}
          maxZoom={14}
          maxBounds={REACHABLE}
          maxBoundsViscosity={1}
          // Our own, so its buttons speak the page's language.
          zoomControl={false}
        >
          <ZoomControl position="topleft" zoomInTitle={ui.zoomIn} zoomOutTitle={ui.zoomOut} />
          <BasemapLayers />
          <KeepViewInsideBasemap />
          {/* Imperial too: the warning is addressed to Americans. Top right, as the credits
              fill the bottom of a phone-sized map. */}
          <ScaleBar position="topright" metric imperial />
          {hasStreetTiles && (
            <StreetTiles onError={handleTileError} contributors={ui.osmContributors} />
          )}
          <PlaceLayers
            highlightOf={highlightOf}
            onActivate={handleActivate}
            onEscape={handleEscape}
          />
          <FollowSelection
            selectedId={selectedId}
            onSelect={onSelect}
            openPlace={openPlace}
            onPopupClose={handlePopupClose}
          />
          <TouchPanGuard />
          <LabelPlacement />
        </MapContainer>
      </div>
      <Legend />
    </>
  );
}
