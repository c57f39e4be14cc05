import type { LatLngBoundsExpression } from 'leaflet';
import { GeoJSON, Pane, Rectangle } from 'react-leaflet';
import basemap from 'virtual:basemap';
import { BasemapLabels, useRegionLabels } from './BasemapLabels.tsx';
import { borderStyle, coastStyle, landStyle, seaStyle } from './basemapStyles.ts';
import { CaracasDetail } from './CaracasDetail.tsx';
import { coastOf } from './coast.ts';

const [west, south, east, north] = basemap.world.bbox;
const extent: LatLngBoundsExpression = [
  [south, west],
  [north, east],
];

// Derived once: the data never changes.
const layerSets = [basemap.world, basemap.region].map((set) => ({
  ...set,
  coast: coastOf(set.land, set.windows),
}));

/**
 * The bundled basemap: Natural Earth land, coast and borders (1:50m for the region, 1:110m
 * around it, 1:10m around Caracas once the reader zooms in), and the names on it. It
 * lives in panes under the tile pane, so optional street tiles draw on top and, when they
 * fail, the basemap is still there.
 */
export function BasemapLayers() {
  const regionLabels = useRegionLabels();
  return (
    <>
      <Pane name="basemap" style={{ zIndex: 150 }}>
        {/* The sea out to the basemap's edge, which KeepViewInsideBasemap never lets into view. */}
        <Rectangle
          bounds={extent}
          // className takes effect only at creation; react-leaflet applies pathOptions later.
          className="basemap-sea basemap-extent"
          pathOptions={seaStyle}
          interactive={false}
        />
        {layerSets.map((set, i) => (
          <GeoJSON key={`land${i}`} data={set.land} style={landStyle} interactive={false} />
        ))}
        {layerSets.map((set, i) => (
          <GeoJSON key={`coast${i}`} data={set.coast} style={coastStyle} interactive={false} />
        ))}
        {layerSets.map((set, i) => (
          <GeoJSON key={`border${i}`} data={set.borders} style={borderStyle} interactive={false} />
        ))}
      </Pane>
      <Pane name="basemap-labels" style={{ zIndex: 450, pointerEvents: 'none' }}>
        <BasemapLabels labels={regionLabels} />
      </Pane>
      <CaracasDetail />
    </>
  );
}
