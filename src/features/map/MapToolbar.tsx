import type { Map as LeafletMap } from 'leaflet';
import { prefersReducedMotion } from '../../hooks/usePrefersReducedMotion.ts';
import { CARACAS_VIEW, OVERVIEW } from './geometry.ts';

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
          disabled={!map}
          checked={hasStreetTiles}
          onChange={(e) => onStreetTilesChange(e.target.checked)}
        />
        Street map (online)
      </label>
      <p className="map-toolbar__notice" role="status">
        {hasStreetTiles && haveTilesFailed
          ? 'Street tiles could not be loaded, so the built-in map is shown instead.'
          : ''}
      </p>
    </div>
  );
}
