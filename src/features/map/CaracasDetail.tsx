import { useEffect, useState } from 'react';
import { Pane, useMap } from 'react-leaflet';
import { BasemapLabels, townLabels, type BasemapLabel } from './BasemapLabels.tsx';
import { shapeSetOf, FixedShapes, type ShapeSet } from './FixedShapes.tsx';
import { useZoomAtLeast } from './useZoom.ts';

/** From this zoom the region's 1:50m coast is too coarse, and Caracas gets its 1:10m one. */
export const DETAIL_ZOOM = 8;

interface Detail {
  readonly shapes: ShapeSet;
  readonly labels: readonly BasemapLabel[];
}

// Its own chunk, fetched the first time the reader zooms in; kept once loaded.
let loading: Promise<Detail> | undefined;
function loadDetail(): Promise<Detail> {
  loading ??= import('virtual:basemap/caracas').then(({ default: detail }) => ({
    // With a sea of its own under its land, so the region's coarser coast does not show
    // through.
    shapes: shapeSetOf(detail.caracas, 13, 'basemap-sea'),
    labels: townLabels(detail.towns),
  }));
  // A failed fetch may be retried on the next zoom.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Caracas at city zoom: Natural Earth's 1:10m land, coast and borders, and GeoNames' towns.
 * Loaded the first time the reader zooms in, and then kept at every zoom: drawn further out,
 * it differs from the region's coast by less than a pixel, and its towns wait for their zoom
 * (LabelPlacement). So a step into Caracas or out of it draws its land in the frame that
 * shows the step, with nothing left to add or take away afterwards.
 */
export function CaracasDetail() {
  const map = useMap();
  const isDetailed = useZoomAtLeast(DETAIL_ZOOM);
  const [detail, setDetail] = useState<Detail | null>(null);

  useEffect(
    function loadDetailWhenZoomedIn() {
      if (!isDetailed || detail) return;
      let isCurrent = true;
      // LabelPlacement keeps the map aria-busy until 'detailload', and then places the names.
      map.fire('detailloading');
      loadDetail().then(
        (loaded) => (isCurrent ? setDetail(loaded) : map.fire('detailload')),
        // Offline with the chunk not cached: the region's coarser map stays, which is enough.
        () => map.fire('detailload'),
      );
      return () => {
        isCurrent = false;
      };
    },
    [map, isDetailed, detail],
  );

  useEffect(
    function announceDetailDrawn() {
      // After the commit that added the detail's layers and names.
      if (detail) map.fire('detailload');
    },
    [map, detail],
  );

  if (!detail) return null;
  return (
    <>
      <Pane name="basemap-detail" style={{ zIndex: 160 }}>
        <FixedShapes set={detail.shapes} />
      </Pane>
      <BasemapLabels labels={detail.labels} />
    </>
  );
}
