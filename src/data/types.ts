// The shapes of the briefing's data. Editors change places.ts, events.ts, sections.ts,
// briefing.ts (headline, key facts, glossary) and themes.ts; these types keep them honest.

/** Where a claim comes from: a paragraph of the source article, counted from 1. */
export interface Citation {
  /** Paragraph number, as listed in the source's README (1 is the headline). */
  readonly paragraph: number;
  /** Words copied exactly from that paragraph, shown in quotation marks. */
  readonly quote?: string;
}

/** A latitude/longitude pair in degrees. */
export interface LatLng {
  readonly lat: number;
  readonly lng: number;
}

/** A place the article names precisely enough to pin: a city. */
export interface PointPlace {
  readonly kind: 'point';
  /** Stable id, used in events' `placeIds`. */
  readonly id: string;
  /** The name a reader sees and a screen reader reads. */
  readonly name: string;
  /** Where the pin goes: the city centre. */
  readonly position: LatLng;
  /** How close the map should zoom to show it (Leaflet zoom level). */
  readonly zoom: number;
  /** Why the place is in the story, in a few words. */
  readonly description: string;
  readonly citations: readonly Citation[];
}

/**
 * A place the article does not pin ("in the Caribbean", "the city center"): drawn as a
 * shaded area and always labelled approximate, never as a pin.
 */
export interface AreaPlace {
  readonly kind: 'area';
  readonly id: string;
  readonly name: string;
  /** The outline, a closed ring (the last point joins the first). Deliberately coarse. */
  readonly outline: readonly LatLng[];
  /** Where the area's label (its keyboard-reachable handle on the map) sits. */
  readonly labelAt: LatLng;
  /** Why the area is only approximate, in the reader's words: what the article leaves out. */
  readonly precisionNote: string;
  /**
   * 'shade' for a whole country: the basemap already draws its coast and borders, so the
   * map shades the area with no outline of its own, and only at zooms where the coarse
   * outline above is still true to a pixel or two. Default: a dashed outline.
   */
  readonly drawAs?: 'outline' | 'shade';
  readonly description: string;
  readonly citations: readonly Citation[];
}

export type Place = PointPlace | AreaPlace;

/**
 * When something happened, with exactly the precision the article gives.
 * `relative` keeps the article's own wording ("shortly before", "later") and says which
 * event it is relative to; its place in the timeline is its place in `events`.
 */
export type BriefingDate =
  | {
      readonly precision: 'day';
      readonly year: number;
      readonly month: number;
      readonly day: number;
    }
  | { readonly precision: 'month'; readonly year: number; readonly month: number }
  | { readonly precision: 'year'; readonly year: number }
  | {
      readonly precision: 'relative';
      /** The article's wording, as the reader sees it: "Shortly before the warning". */
      readonly wording: string;
      /** Whether it came before or after the anchor event, or around the same time. */
      readonly relation: 'before' | 'after' | 'around';
      /** The event the wording is relative to. */
      readonly anchorEventId: string;
    };

/** The themes the map's legend explains; each has its colour in the stylesheet. */
export type Theme = 'warning' | 'military' | 'security' | 'diplomacy' | 'oil';

export interface BriefingEvent {
  /** Stable id, used in the URL (`?event=`) and in sections' links: lowercase words and dashes. */
  readonly id: string;
  readonly date: BriefingDate;
  /**
   * Set when the article gives no year and the year comes from the story's sequence
   * (e.g. September before the January raid). Shown to the reader.
   */
  readonly yearNote?: string;
  /** A short headline in our own words. */
  readonly title: string;
  /** One or two sentences in our own words. */
  readonly summary: string;
  readonly theme: Theme;
  /** Where it happened: ids from places.ts. May be empty only if the article names no place. */
  readonly placeIds: readonly string[];
  readonly citations: readonly Citation[];
}

/**
 * A section of the story. `body` is a list of paragraphs in our own words. A link to an
 * event is written `[words](event-id)`; text in curly quotes (“…”) must be one of the
 * section's citation quotes.
 */
export interface Section {
  readonly id: string;
  readonly heading: string;
  readonly body: readonly string[];
  /** The events this section tells; the first section listing an event is its home. */
  readonly eventIds: readonly string[];
  readonly citations: readonly Citation[];
}

export interface GlossaryEntry {
  readonly id: string;
  readonly term: string;
  readonly definition: string;
  readonly citations: readonly Citation[];
}

export interface KeyFact {
  readonly id: string;
  /** The figure or phrase that stands out: "Level 4". */
  readonly value: string;
  /** What it is: "Do Not Travel, the highest warning". */
  readonly label: string;
  readonly citations: readonly Citation[];
}

/** A geographic name drawn on the bundled basemap (not a story place; not interactive). */
export interface MapLabel {
  readonly text: string;
  readonly position: LatLng;
  readonly kind: 'country' | 'sea' | 'city';
}

export interface BriefingMeta {
  /** The line above the headline: what kind of piece this is, and where. */
  readonly kicker: string;
  /** Our own headline; also the page's title. */
  readonly headline: string;
  /** One sentence for search results and link previews (the page's meta description). */
  readonly description: string;
  /** One paragraph in our own words. */
  readonly summary: string;
  readonly citations: readonly Citation[];
  /** How the source is described to readers. */
  readonly sourceDescription: string;
  /** How we dated events where the report gives no year, shown under the dateline. */
  readonly datingNote: string;
}
