declare module 'virtual:basemap' {
  const basemap: import('../../../scripts/basemap.ts').Basemap;
  export default basemap;
}
