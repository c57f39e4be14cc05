/** Where the build writes the map picture (scripts/prerenderPlugin.ts), beside index.html. */
export const STATIC_MAP_FILE = 'static-map.svg';
