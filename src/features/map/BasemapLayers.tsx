import { Pane } from 'react-leaflet';
import basemap from 'virtual:basemap';
import { BasemapLabels, useRegionLabels } from './BasemapLabels.tsx';
import { CaracasDetail } from './CaracasDetail.tsx';
import { shapeSetOf, FixedShapes } from './FixedShapes.tsx';

// Written once: the data never changes. Both in zoom 9's pixels (a tenth of one is 30 m).
// The world's sea is the basemap's extent, which KeepViewInsideBasemap never lets out of
// view; the region lies inside the world's frame, on that sea.
const world = shapeSetOf(basemap.world, 9, 'basemap-sea basemap-extent');
const region = shapeSetOf(basemap.region, 9);

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
        <FixedShapes set={world} />
        <FixedShapes set={region} />
      </Pane>
      <Pane name="basemap-labels" style={{ zIndex: 450, pointerEvents: 'none' }}>
        <BasemapLabels labels={regionLabels} />
      </Pane>
      <CaracasDetail />
    </>
  );
}
