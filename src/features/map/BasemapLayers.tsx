import { divIcon, type PathOptions } from 'leaflet';
import { GeoJSON, Marker, Pane, Rectangle } from 'react-leaflet';
import basemap from 'virtual:basemap';
import { mapLabels } from '../../data/index.ts';
import { escapeHtml } from './icons.ts';
import { useZoom } from './useZoom.ts';

// Colours come from the stylesheet (classes below), so light and dark themes both apply.
const land: PathOptions = { className: 'basemap-land', stroke: false, fillOpacity: 1 };
const coast: PathOptions = { className: 'basemap-coast', weight: 1, fill: false };
const borders: PathOptions = {
  className: 'basemap-border',
  weight: 1,
  dashArray: '4 3',
  fill: false,
};
const sea: PathOptions = { stroke: false, fillOpacity: 1 };

/** Below this zoom the region's 1:50m coast is fine; above it, Caracas gets the 1:10m one. */
const DETAIL_ZOOM = 8;

const [west, south, east, north] = basemap.caracas.bbox;

// Built once: the names never change, and new icons would rebuild every label on each zoom.
const labels = mapLabels.map((label) => ({
  ...label,
  icon: divIcon({
    className: `basemap-label basemap-label--${label.kind}`,
    html: `<span aria-hidden="true">${escapeHtml(label.text)}</span>`,
    iconSize: [0, 0],
  }),
}));

/**
 * The bundled basemap: Natural Earth land, coast and borders, plus a few names. It lives
 * in a pane under the tile pane, so optional street tiles draw on top and, when they
 * fail, the basemap is still there.
 */
export function BasemapLayers() {
  const isDetailed = useZoom() >= DETAIL_ZOOM;

  return (
    <>
      <Pane name="basemap" style={{ zIndex: 150 }}>
        <GeoJSON data={basemap.region.land} style={land} interactive={false} />
        <GeoJSON data={basemap.region.coast} style={coast} interactive={false} />
        <GeoJSON data={basemap.region.borders} style={borders} interactive={false} />
      </Pane>
      {isDetailed && (
        <Pane name="basemap-detail" style={{ zIndex: 160 }}>
          {/* Sea first, so the coarser coast underneath does not show through. */}
          <Rectangle
            bounds={[
              [south, west],
              [north, east],
            ]}
            className="basemap-sea"
            pathOptions={sea}
            interactive={false}
          />
          <GeoJSON data={basemap.caracas.land} style={land} interactive={false} />
          <GeoJSON data={basemap.caracas.coast} style={coast} interactive={false} />
        </Pane>
      )}
      <Pane name="basemap-labels" style={{ zIndex: 450, pointerEvents: 'none' }}>
        {labels.map((label) => (
          <Marker
            key={label.text}
            position={label.position}
            icon={label.icon}
            interactive={false}
            keyboard={false}
            pane="basemap-labels"
          />
        ))}
      </Pane>
    </>
  );
}
