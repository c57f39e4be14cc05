declare module 'virtual:basemap' {
  const basemap: import('../../../scripts/basemap.ts').Basemap;
  export default basemap;
}

declare module 'virtual:basemap/caracas' {
  const detail: import('../../../scripts/basemap.ts').CaracasBasemap;
  export default detail;
}
