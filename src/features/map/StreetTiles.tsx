import { useMemo } from 'react';
import { TileLayer } from 'react-leaflet';
import { STREET_TILES_URL } from './tileServer.ts';

/**
 * Street tiles, drawn over the bundled basemap. Any tile that fails to load reports once
 * through `onError`; the basemap below stays visible either way.
 */
export function StreetTiles({
  onError,
  contributors,
}: {
  readonly onError: () => void;
  /** "contributors", in the page's language. */
  readonly contributors: string;
}) {
  const handlers = useMemo(() => ({ tileerror: onError }), [onError]);
  return (
    <TileLayer
      url={STREET_TILES_URL}
      attribution={`&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> ${contributors}`}
      maxZoom={19}
      eventHandlers={handlers}
    />
  );
}
