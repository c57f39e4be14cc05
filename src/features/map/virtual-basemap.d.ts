declare module 'virtual:basemap' {
  const basemap: import('../../../scripts/basemapTypes.ts').Basemap;
  export default basemap;
}

declare module 'virtual:basemap/caracas' {
  const detail: import('../../../scripts/basemapTypes.ts').CaracasBasemap;
  export default detail;
}
