import 'leaflet/dist/leaflet.css';
import './map.css';
import type { Map as LeafletMap } from 'leaflet';
import { useCallback, useEffect, useState } from 'react';
import { MapContainer, ScaleControl } from 'react-leaflet';
import { prefersReducedMotion } from '../../hooks/usePrefersReducedMotion.ts';
import { BasemapLayers } from './BasemapLayers.tsx';
import { FollowSelection } from './FollowSelection.tsx';
import { OVERVIEW } from './geometry.ts';
import { KeepViewInsideBasemap, REACHABLE } from './KeepViewInsideBasemap.tsx';
import { LabelPlacement } from './LabelPlacement.tsx';
import { Legend } from './Legend.tsx';
import { MapToolbar } from './MapToolbar.tsx';
import { PlaceLayers } from './PlaceLayers.tsx';
import { StreetTiles } from './StreetTiles.tsx';
import { TouchPanGuard } from './TouchPanGuard.tsx';

interface Props {
  readonly selectedId: string | null;
  readonly onSelect: (eventId: string) => void;
}

// Short enough to sit on one line beside the scale bar on a phone.
const ATTRIBUTION =
  '<a href="https://www.naturalearthdata.com/">Natural Earth</a> · ' +
  '<a href="https://www.geonames.org/">GeoNames</a> ' +
  '(<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>)';

/** The Leaflet map: bundled basemap, places, and the selection's highlight. Loaded lazily. */
export default function BriefingMap({ selectedId, onSelect }: Props) {
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [hasStreetTiles, setHasStreetTiles] = useState(false);
  const [haveTilesFailed, setHaveTilesFailed] = useState(false);
  // Failed tiles switch the street map off: the box unticks, its credit goes with the layer,
  // and the notice says why.
  const handleTileError = useCallback(() => {
    setHasStreetTiles(false);
    setHaveTilesFailed(true);
  }, []);

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
          maxBounds={REACHABLE}
          maxBoundsViscosity={1}
        >
          <BasemapLayers />
          <KeepViewInsideBasemap />
          {/* Imperial too: the warning is addressed to Americans. Top right, as the credits
              fill the bottom of a phone-sized map. */}
          <ScaleControl position="topright" metric imperial />
          {hasStreetTiles && <StreetTiles onError={handleTileError} />}
          <PlaceLayers selectedId={selectedId} onSelect={onSelect} />
          <FollowSelection selectedId={selectedId} />
          <TouchPanGuard />
          <LabelPlacement />
        </MapContainer>
      </div>
      <Legend />
    </>
  );
}
