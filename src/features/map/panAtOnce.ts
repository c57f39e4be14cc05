import { Map as LeafletMap, type PanOptions, type PointExpression } from 'leaflet';
import { prefersReducedMotion } from '../../hooks/usePrefersReducedMotion.ts';

let isPatched = false;

/**
 * Leaflet animates its own pans whatever the map's options: a popup pulled into view, a
 * focused place near an edge, the arrow keys. For readers who asked for less motion, they
 * happen at once (asked at each pan, as the preference may change). A pan asked for with
 * `animate: true` (drag inertia, which the map turns off for them) jumps too.
 *
 * It patches the map's prototype through Leaflet's own `include`, as those pans are
 * Leaflet's calls; BriefingMap calls it before the map is made.
 */
export function panAtOnceForLessMotion(): void {
  if (isPatched) return;
  isPatched = true;
  const { panBy } = LeafletMap.prototype;
  LeafletMap.include({
    panBy(this: LeafletMap, offset: PointExpression, options?: PanOptions) {
      return panBy.call(
        this,
        offset,
        prefersReducedMotion() ? { ...options, animate: false } : options,
      );
    },
  });
}
