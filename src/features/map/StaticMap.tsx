import { useBriefing, useUi } from '../../locale/useEdition.ts';
import { STATIC_MAP_FILE } from './staticMapFile.ts';
import './staticMap.css';

interface Props {
  /** `static-map--print`: the copy that only paper shows, once the live map has replaced the other. */
  readonly variant?: 'frame' | 'print';
}

/**
 * The map as a picture drawn at build time from the same basemap and places: it fills the
 * map's frame until Leaflet has loaded (and for good with JavaScript off), and it is the
 * map that print shows.
 */
export function StaticMap({ variant = 'frame' }: Props) {
  const { places, placeName } = useBriefing();
  // The picture's text alternative: what it shows, and every place on it by name. The
  // picture beside each edition's page is drawn in its language (scripts/prerenderPlugin.ts).
  const alt = useUi().staticMapAlt(places.map(placeName).join('; '));
  return (
    <img
      className={`static-map static-map--${variant}`}
      src={`./${STATIC_MAP_FILE}`}
      alt={alt}
      decoding="async"
    />
  );
}
