// The words of the page's controls, labels, messages and notes: everything a reader sees
// that is not the story (the story is in src/data). One dictionary per edition, with the
// same keys: UiStrings is this English one's shape, and ui.es.ts must match it exactly.
// The live map's own words (mapUi.ts) travel with the map's chunk instead.

/** The English page's words. */
export const englishUi = {
  /** The <html lang> of the edition. */
  lang: 'en',
  skipToStory: 'Skip to the story',
  /** The link to the other edition, in its own language, and where it is from this page. */
  otherEdition: { label: 'Español', lang: 'es', href: 'es/' },
  updated: 'Updated',
  share: 'Share',
  shareCopied: 'Link copied. It opens the briefing at the event you are on.',
  shareFailed: 'The link could not be copied. Copy it from the address bar instead.',
  linkNotice:
    'The link you followed points to an event this briefing does not have, so it opens at the start. Pick any event in the timeline, the map or the story.',
  timelineFailed: 'The timeline could not be shown. The map and the story still work.',
  timelineRetry: 'Show the timeline again',
  storyFailed: 'The story could not be shown. The timeline and the map still work.',
  storyRetry: 'Show the story again',
  mapFailed:
    'The map could not be loaded. The timeline, the story and the list of places at the end of the story still work.',
  mapRetry: 'Try loading the map again',
  downloadData: 'Download the data',
  downloadDataNote: '(JSON: every place, event, section and citation).',
  /** The embed's (?embed) link to the whole briefing, under its map and event. */
  readFullBriefing: 'Read the full briefing',
  keyFacts: 'Key facts',
  glossary: 'Glossary',
  source: 'Source',
  sources: 'Sources',
  /** Read before a ¶ number by screen readers. */
  paragraph: 'paragraph',
  /** Marks our rendering of a quote in an edition in another language than the report. */
  translation: 'translation',
  aboutThisDate: 'About this date',
  yearInferred: 'year inferred',
  timeline: 'Timeline',
  previous: 'Previous',
  next: 'Next',
  position: (position: number, total: number) => `${position} of ${total}`,
  eventCount: (total: number) => `${total} events`,
  overview: 'Overview',
  keys: 'Keys',
  step: 'step',
  hideList: 'Hide list',
  allEvents: 'All events',
  map: 'Map',
  mapView: 'Map view',
  viewCaribbean: 'Caribbean',
  viewCaracas: 'Caracas',
  streetMap: 'Street map (online)',
  tilesFailed:
    'The street map is off: its tiles could not be loaded from OpenStreetMap (offline, or the tile server did not answer). The built-in map is shown.',
  legend: 'Legend',
  legendCity: 'City',
  legendArea: 'Approximate area',
  legendNote: 'The selected event’s places take its color.',
  placesList: 'Places in this briefing, as a list',
  staticMapAlt: (places: string) =>
    `Map of the Caribbean, northern South America and the US east coast, marking the places in this briefing: ${places}.`,
} as const;

/** A dictionary's shape: the same keys, any words (and the same arguments). */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every edition's dictionary has: the English keys, with any words. */
export type UiStrings = Widen<typeof englishUi>;
