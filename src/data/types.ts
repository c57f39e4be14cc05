// The shapes of the briefing's data. Editors change places.ts, events.ts, sections.ts,
// briefing.ts (headline, key facts, glossary) and themes.ts; these types keep them honest.

/** Where a claim comes from: a paragraph of the source article, counted from 1. */
export interface Citation {
  /** Paragraph number, as listed in the source's README (1 is the headline). */
  readonly paragraph: number;
  /** Words copied exactly from that paragraph, shown in quotation marks. */
  readonly quote?: string;
  /**
   * The quote in the edition's own language, in an edition in another language than the
   * source (the Spanish one): shown beside the quote, marked as a translation. The quote
   * itself stays in the source's words. Written in the edition's table (es.ts), never here.
   */
  readonly translation?: string;
}

/** The editions: English (the source's language, at the site's root) and Spanish (`es/`). */
export type Locale = 'en' | 'es';

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
  /** Where the pin goes: the city center. */
  readonly position: LatLng;
  /** How close the map should zoom to show it (Leaflet zoom level). */
  readonly zoom: number;
  /** Why the place is in the story, in a few words. */
  readonly description: string;
  readonly citations: readonly Citation[];
}

/**
 * A place the article does not pin ("in the Caribbean", "the city center"): drawn as a
 * shaded area and always labeled approximate, never as a pin.
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

/** A weekday's name, as the report may state it ("Friday (January 9)"). */
export type Weekday =
  'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

/** A date the report gives to the day. */
export interface DayDate {
  readonly precision: 'day';
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /**
   * The weekday, only where the report states it. It is shown to the reader, so it is never
   * worked out from an inferred year; the validator checks it against the calendar.
   */
  readonly weekday?: Weekday;
}

/** A date the report gives to the month ("in March"), or only to the year ("since 2019"). */
export type MonthDate = {
  readonly precision: 'month';
  readonly year: number;
  readonly month: number;
};
export type YearDate = { readonly precision: 'year'; readonly year: number };

/** A date of the calendar: something the report dates itself. */
export type CalendarDate = DayDate | MonthDate | YearDate;

/**
 * An event the report does not date, only places relative to dated events: the bounds it
 * gives, and no more. `after` and `before` are ids of events with a calendar date; leave
 * out a bound the report does not give. With neither, the report says only that it had
 * happened by the time of writing ("recently", "has already"). The timeline shows the
 * bounds ("After Jan 3, 2026") and says that the timing within them is not reported.
 */
export interface BoundedDate {
  readonly precision: 'between';
  /** The dated event it came after, where the report says so ("later", "shortly after"). */
  readonly after?: string;
  /** The dated event it came before, where the report says so ("shortly before"). */
  readonly before?: string;
  /**
   * The report's own words for when it happened, copied from one of the event's citation
   * quotes: “later”. A wording that says "before" needs a `before` bound, one that says
   * "after", "later" or "following" an `after` bound.
   */
  readonly wording: string;
  /** The wording in the edition's language, in a translated edition (never written here). */
  readonly wordingTranslation?: string;
}

/**
 * An event the report sets at the same time as a dated one ("As the U.S. government
 * urgently requested…"), without a date of its own.
 */
export interface AroundDate {
  readonly precision: 'around';
  /** The dated event it happened alongside. */
  readonly anchor: string;
  /** The report's own words, copied from one of the event's citation quotes. */
  readonly wording: string;
  /** The wording in the edition's language, in a translated edition (never written here). */
  readonly wordingTranslation?: string;
}

/**
 * When something happened, with exactly the precision the article gives: a calendar date
 * (day, month or year), or, for an event the article does not date, the bounds it gives.
 */
export type BriefingDate = CalendarDate | BoundedDate | AroundDate;

/** The themes the map's legend explains; each has its color in the stylesheet. */
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
  /** Where it happened: ids from places.ts. Empty only if the article names no place. */
  readonly placeIds: readonly string[];
  /** Required when `placeIds` is empty: tells the reader the report gives no place. */
  readonly placeNote?: string;
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
  /**
   * When this briefing was first published, as an ISO 8601 UTC time
   * ("2026-11-24T04:26:00Z"). Set once; link previews and search engines read it.
   */
  readonly published: string;
  /**
   * When an editor last changed what the briefing says, in the same form. Bump it with
   * every change to the story; the header shows it as "Updated …".
   */
  readonly updated: string;
}

/**
 * The words the data module itself puts around the editors' text, in one edition's
 * language: date labels, "approximate area", the dateline. English in words.ts; each
 * translation (es.ts) has its own.
 */
export interface EditionWords {
  /** The BCP 47 tag for Intl.DateTimeFormat: "en-US", "es". */
  readonly dateLocale: string;
  /**
   * Whether a short date may abbreviate a month that stands without a day: "Mar 2019" in
   * English, but not in Spanish, where «mar 2019» reads as the sea («marzo de 2019»).
   */
  readonly abbreviatesLoneMonth: boolean;
  /** Bounds of an undated event; `date` is the bound's formatted calendar date, `isDay` whether it names a day. */
  readonly around: (date: string, isDay: boolean) => string;
  readonly after: (date: string, isDay: boolean) => string;
  readonly before: (date: string, isDay: boolean) => string;
  readonly between: (
    after: string,
    before: string,
    afterIsDay: boolean,
    beforeIsDay: boolean,
  ) => string;
  /** An undated event with no bound: "Date not reported". */
  readonly noDate: string;
  /** Said after an undated event's bounds: "timing not reported". */
  readonly timingNotReported: string;
  /** A day with the weekday the report states: "Friday, January 9, 2026". */
  readonly withWeekday: (weekday: string, date: string) => string;
  /**
   * The note on an undated event's card, around the report's own words for when (shown in
   * quotation marks between the two): "The report gives no date, only " … ". Where …".
   */
  readonly timingNote: { readonly before: string; readonly after: string };
  /** After an area's name in lists: "approximate area". */
  readonly approximateArea: string;
  /** The header's dateline: "Covers events up to January 10, 2026". */
  readonly dateline: (date: string) => string;
}
