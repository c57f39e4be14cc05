// The live map's own words, in every edition: only the map's chunk (features/map, loaded
// once the map nears the viewport) imports this, so they cost the page's first script
// nothing. Same rule as ui.ts: the Spanish dictionary has exactly the English keys.
import type { Locale } from '../data/index.ts';
import type { Widen } from './ui.ts';

const english = {
  mapLabel: 'Interactive map: arrow keys pan, plus and minus zoom, Tab reaches the places',
  touchUnlocked: 'Drag to pan. Touch outside the map to scroll the page.',
  touchLocked: 'Use two fingers to move the map, or tap it first.',
  osmContributors: 'contributors',
  /** The zoom buttons and a popup's close button (Leaflet's own English words). */
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  closePopup: 'Close popup',
  /** After an area's name on its map label. */
  approx: 'approx.',
  /** How a screen reader names a place's handle on the map. */
  placeHandle: (name: string, isArea: boolean, events: number) =>
    `${name}${isArea ? ', approximate area' : ''}, ${events} ${events === 1 ? 'event' : 'events'}`,
  /** How a screen reader names a group of pins too close to tell apart at this zoom. */
  clusterHandle: (names: string, count: number) =>
    `${count} places close together: ${names}. Zoom in to them`,
} as const;

export type MapUiStrings = Widen<typeof english>;

const spanish: MapUiStrings = {
  mapLabel:
    'Mapa interactivo: las flechas desplazan, más y menos acercan o alejan, Tab llega a los lugares',
  touchUnlocked: 'Arrastre para desplazar. Toque fuera del mapa para desplazar la página.',
  touchLocked: 'Use dos dedos para mover el mapa, o tóquelo primero.',
  osmContributors: 'colaboradores',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  closePopup: 'Cerrar',
  approx: 'aprox.',
  placeHandle: (name, isArea, events) =>
    `${name}${isArea ? ', zona aproximada' : ''}, ${events} ${events === 1 ? 'hecho' : 'hechos'}`,
  clusterHandle: (names, count) =>
    `${count} lugares muy cercanos: ${names}. Acercar el mapa a ellos`,
};

/** Each edition's map words. */
export const mapUi: Readonly<Record<Locale, MapUiStrings>> = { en: english, es: spanish };
