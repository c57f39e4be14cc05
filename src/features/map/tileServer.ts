// The optional street tiles' server, in a module of its own (no Leaflet) so that the build's
// Content-Security-Policy can allow exactly this origin for images.

/** OpenStreetMap's standard tiles: an online extra over the bundled basemap. */
export const STREET_TILES_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** The origin the tiles come from: `https://tile.openstreetmap.org`. */
export const STREET_TILES_ORIGIN = new URL(STREET_TILES_URL.replace(/\{[^}]+\}/g, '0')).origin;
