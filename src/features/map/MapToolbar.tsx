import type { Map as LeafletMap } from 'leaflet';
import { prefersReducedMotion } from '../../hooks/usePrefersReducedMotion.ts';
import { CARACAS_VIEW, OVERVIEW } from './geometry.ts';

/** Said when street tiles fail: the box has just unticked itself, and this is why. */
const TILES_FAILED =
  'The street map is off: its tiles could not be loaded from OpenStreetMap (offline, or the tile server did not answer). The built-in map is shown.';

interface Props {
  readonly map: LeafletMap | null;
  readonly hasStreetTiles: boolean;
  readonly onStreetTilesChange: (isOn: boolean) => void;
  readonly haveTilesFailed: boolean;
}

/** Views to jump to, the street-tiles switch, and the notice when tiles fail. */
export function MapToolbar({ map, hasStreetTiles, onStreetTilesChange, haveTilesFailed }: Props) {
  return (
    <div className="map-toolbar">
      <div className="map-toolbar__views" role="group" aria-label="Map view">
        <button
          type="button"
          className="button"
          disabled={!map}
          // No stop(): setView and fitBounds end a flight themselves, while stop() snaps a
          // fractional zoom with a short animation that makes Leaflet drop the next move.
          onClick={() => map?.fitBounds(OVERVIEW, { animate: !prefersReducedMotion() })}
        >
          Caribbean
        </button>
        <button
          type="button"
          className="button"
          disabled={!map}
          onClick={() =>
            map?.setView(CARACAS_VIEW.center, CARACAS_VIEW.zoom, {
              animate: !prefersReducedMotion(),
            })
          }
        >
          Caracas
        </button>
      </div>
      <label className="map-toolbar__tiles">
        <input
          type="checkbox"
          checked={hasStreetTiles}
          onChange={(e) => onStreetTilesChange(e.target.checked)}
        />
        Street map (online)
      </label>
      <p className="map-toolbar__notice" role="status">
        {haveTilesFailed ? TILES_FAILED : ''}
      </p>
    </div>
  );
}
