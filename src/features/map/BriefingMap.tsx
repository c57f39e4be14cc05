import 'leaflet/dist/leaflet.css';
import './map.css';
import type { Map as LeafletMap } from 'leaflet';
import { useCallback, useEffect, useState } from 'react';
import { MapContainer } from 'react-leaflet';
import { prefersReducedMotion } from '../../hooks/usePrefersReducedMotion.ts';
import { BasemapLayers } from './BasemapLayers.tsx';
import { FollowSelection } from './FollowSelection.tsx';
import { OVERVIEW } from './geometry.ts';
import { Legend } from './Legend.tsx';
import { MapToolbar } from './MapToolbar.tsx';
import { PlaceLayers } from './PlaceLayers.tsx';
import { StreetTiles } from './StreetTiles.tsx';
import { TouchPanGuard } from './TouchPanGuard.tsx';

interface Props {
  readonly selectedId: string | null;
  readonly onSelect: (eventId: string) => void;
}

const ATTRIBUTION = 'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';

/** The Leaflet map: bundled basemap, places, and the selection's highlight. Loaded lazily. */
export default function BriefingMap({ selectedId, onSelect }: Props) {
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [hasStreetTiles, setHasStreetTiles] = useState(false);
  const [haveTilesFailed, setHaveTilesFailed] = useState(false);
  const handleTileError = useCallback(() => setHaveTilesFailed(true), []);

  useEffect(
    function describeMapForKeyboardUsers() {
      if (!map) return;
      const container = map.getContainer();
      container.setAttribute('role', 'group');
      container.setAttribute(
        'aria-label',
        'Interactive map: arrow keys pan, plus and minus zoom, Tab reaches the places',
      );
      map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
      map.attributionControl.addAttribution(ATTRIBUTION);
    },
    [map],
  );

  useEffect(
    function sayWhileTheMapMoves() {
      // aria-busy while a flight, jump or zoom is under way: assistive technology may wait
      // for the map to settle, and so do the browser tests (they never wait on a clock).
      if (!map) return;
      const container = map.getContainer();
      const busy = () => container.setAttribute('aria-busy', 'true');
      const idle = () => container.setAttribute('aria-busy', 'false');
      idle();
      map.on('movestart zoomstart', busy);
      map.on('moveend zoomend', idle);
      return () => {
        map.off('movestart zoomstart', busy);
        map.off('moveend zoomend', idle);
        container.removeAttribute('aria-busy');
      };
    },
    [map],
  );

  useEffect(
    function keepLeafletSizeCurrent() {
      // Leaflet measures its frame only on window resizes; the frame also changes when the
      // event card or a notice appears, and a stale size puts every place off-centre.
      if (!map) return;
      const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
      observer.observe(map.getContainer());
      return () => observer.disconnect();
    },
    [map],
  );

  return (
    <>
      <MapToolbar
        map={map}
        hasStreetTiles={hasStreetTiles}
        onStreetTilesChange={(isOn) => {
          setHasStreetTiles(isOn);
          setHaveTilesFailed(false);
        }}
        haveTilesFailed={haveTilesFailed}
      />
      <div className="map-frame">
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
          minZoom={2}
          maxZoom={14}
        >
          <BasemapLayers />
          {hasStreetTiles && <StreetTiles onError={handleTileError} />}
          <PlaceLayers selectedId={selectedId} onSelect={onSelect} />
          <FollowSelection selectedId={selectedId} />
          <TouchPanGuard />
        </MapContainer>
      </div>
      <Legend />
    </>
  );
}
