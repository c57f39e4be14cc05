// The basemap's shapes as the map chunk receives them (virtual:basemap and
// virtual:basemap/caracas). Types only, with no Node imports, so the app's type check
// (tsconfig.app.json, browser types only) can read them.

export interface Town {
  readonly name: string;
  readonly position: { readonly lat: number; readonly lng: number };
  /** GeoNames' population (0 where it has none); bigger places win when names collide. */
  readonly population: number;
  /** A national capital: shown from the widest view, and before any other town. */
  readonly isCapital: boolean;
  /** The first zoom at which the name may appear. */
  readonly minZoom: number;
}

export interface BasemapLayerSet {
  /**
   * Land, clipped to the windows (polygon clipping: lineclip.polygon on each ring). The
   * coast is not shipped separately: it is these rings less their runs along a window's
   * edge, which the map derives (coastOf in src/features/map/coast.ts), halving the bytes.
   */
  readonly land: GeoJSON.MultiPolygon;
  /** Land borders between countries: topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b), clipped as lines. */
  readonly borders: GeoJSON.MultiLineString;
  /** The boxes the land was clipped to: their edges are not coast. */
  readonly windows: readonly BasemapBBox[];
}

export type BasemapBBox = readonly [number, number, number, number];

export type LayerSetWithBBox = BasemapLayerSet & { readonly bbox: BasemapBBox };

/** What the map chunk carries: the region and, around it, the coarse world. */
export interface Basemap {
  /** 1:110m around the region, out to WORLD_BBOX, so zooming out never shows where the map ends. */
  readonly world: LayerSetWithBBox;
  readonly region: LayerSetWithBBox;
  /** GeoNames names for the region: capitals and large cities. */
  readonly towns: readonly Town[];
}

/** What loads only once the reader zooms in on Caracas (virtual:basemap/caracas). */
export interface CaracasBasemap {
  readonly caracas: LayerSetWithBBox;
  /** GeoNames names of Caracas's districts and the towns around it. */
  readonly towns: readonly Town[];
}
