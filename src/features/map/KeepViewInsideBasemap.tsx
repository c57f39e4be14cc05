import { latLngBounds } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import basemap from 'virtual:basemap';

const [west, south, east, north] = basemap.world.bbox;
// A degree inside the basemap's edge, so rounding never shows a sliver past it.
const MARGIN = 1;

/** Where the map may look: inside the bundled basemap, so the reader never reaches its edge. */
export const REACHABLE = latLngBounds(
  [south + MARGIN, west + MARGIN],
  [north - MARGIN, east - MARGIN],
);

/**
 * `maxBounds` keeps panning inside REACHABLE; this keeps zooming out inside it too, by
 * raising the minimum zoom to the widest view that still fits, for the map's current size.
 */
export function KeepViewInsideBasemap() {
  const map = useMap();

  useEffect(
    function limitZoomOutToTheBasemap() {
      const update = () => {
        const size = map.getSize();
        // A map not laid out yet (size 0) would ask for an infinite zoom.
        if (size.x > 0 && size.y > 0) map.setMinZoom(map.getBoundsZoom(REACHABLE, true));
      };
      update();
      map.on('resize', update);
      return () => {
        map.off('resize', update);
      };
    },
    [map],
  );
  return null;
}
