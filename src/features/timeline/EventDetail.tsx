import { useLayoutEffect, useRef, type SyntheticEvent } from 'react';
import { CitationList } from '../../components/CitationList.tsx';
import { isoDate, type Briefing, type BriefingEvent } from '../../data/index.ts';
import { useBriefing, useUi } from '../../locale/useEdition.ts';
import { selectedIdOf, type Selection } from '../../state/selection.ts';

interface Props {
  readonly selection: Selection;
}

function whereLabel({ placesOfEvent, placeName }: Briefing, event: BriefingEvent): string {
  return placesOfEvent(event).map(placeName).join('; ') || (event.placeNote ?? '');
}

/** How far a card's text may run past its box and the card not count as scrolling. */
const SCROLL_SLACK = 1;

/**
 * A card that scrolls is a stop for the keyboard, whose arrows then scroll it (axe's
 * scrollable-region-focusable: not every browser makes a scroller focusable itself); one
 * that fits is not (it stays focusable, so focus left on it stays). Read once the page is
 * laid out, before it is painted (a ResizeObserver's report), when it costs nothing: the
 * card's own box changes with the window, its text (this element) with the event.
 */
function tabStopWhileItScrolls(text: HTMLDivElement) {
  const card = text.parentElement;
  if (!card) return;
  const observer = new ResizeObserver(() => {
    const scrolls =
      card.scrollHeight - card.clientHeight > SCROLL_SLACK ||
      card.scrollWidth - card.clientWidth > SCROLL_SLACK;
    const tabIndex = scrolls ? 0 : -1;
    if (card.tabIndex !== tabIndex) card.tabIndex = tabIndex;
  });
  observer.observe(card);
  observer.observe(text);
  return () => observer.disconnect();
}

/**
 * A date note opened near a scrolling card's end would open out of sight: the card scrolls
 * just enough to show it, and never past its "About this date" line.
 */
function showTheOpenedNote(e: SyntheticEvent<HTMLDetailsElement>) {
  const note = e.currentTarget;
  const card = note.closest<HTMLElement>('.event-detail');
  if (!note.open || !card) return;
  const noteBox = note.getBoundingClientRect();
  const seenTop = card.getBoundingClientRect().top + card.clientTop;
  const hidden = noteBox.bottom - (seenTop + card.clientHeight);
  if (hidden > 0) card.scrollTop += Math.min(hidden, noteBox.top - seenTop);
}

/** The selected event in full: date, title, summary, place, theme and sources. */
export function EventDetail({ selection }: Props) {
  const briefing = useBriefing();
  const ui = useUi();
  const selectedId = selectedIdOf(selection);
  const event = selectedId ? briefing.getEvent(selectedId) : undefined;
  // A long card scrolls inside itself (styles.css: a wide screen's card keeps one height, a
  // phone's dock has a maximum height); a new event starts at its top, its note shut. Only
  // a card the reader has scrolled is reset: setting a scroll position makes the browser
  // lay the page out there and then, which a step should not pay for otherwise.
  const cardRef = useRef<HTMLElement>(null);
  const isScrolled = useRef(false);
  const shownId = useRef(selectedId);
  useLayoutEffect(
    function startANewEventAtItsTop() {
      if (shownId.current === selectedId) return;
      shownId.current = selectedId;
      const card = cardRef.current;
      if (!card) return;
      // Its date note shut, as the last event's may have been left open. (The same
      // element, not a new one per event: focus on its line stays there as the reader
      // steps with the arrow keys to another event with a note.)
      const note = card.querySelector('details');
      if (note?.open) note.open = false;
      if (!isScrolled.current) return;
      card.scrollTop = 0;
      isScrolled.current = false;
    },
    [selectedId, shownId, cardRef],
  );
  if (!event) return null;
  const { formatDate, themeLabel, words } = briefing;
  // For an undated event, the report's own words for when (and our rendering of them).
  const timing = 'wording' in event.date ? event.date : undefined;
  return (
    <article
      ref={cardRef}
      className="event-detail"
      data-theme={event.theme}
      aria-labelledby="event-detail-title"
      onScroll={(e) => {
        isScrolled.current = e.currentTarget.scrollTop > 0;
      }}
    >
      <div ref={tabStopWhileItScrolls}>
        <p className="event-detail__date">
          <time dateTime={isoDate(event.date)}>{formatDate(event.date)}</time>
          {event.yearNote && ` · ${ui.yearInferred}`}
        </p>
        <h3 id="event-detail-title" className="event-detail__title">
          {event.title}
        </h3>
        <p className="event-detail__summary">{event.summary}</p>
        {(timing || event.yearNote) && (
          // Folded, so the card stays short enough to leave the map and the story in view;
          // the date line above already says when a date is inferred or not reported.
          <details className="event-detail__note" onToggle={showTheOpenedNote}>
            <summary>{ui.aboutThisDate}</summary>
            {timing && (
              <p>
                {/* The report's words in written quotation marks, as the note reads in full
                  (timingNote in src/data/dates.ts), and in the report's language. */}
                {words.timingNote.before}“<span lang="en">{timing.wording}</span>”
                {timing.wordingTranslation !== undefined &&
                  ` (${ui.translation}: “${timing.wordingTranslation}”)`}
                {words.timingNote.after}
              </p>
            )}
            {event.yearNote && <p>{event.yearNote}</p>}
          </details>
        )}
        <p className="event-detail__meta">
          <span className="theme-dot" data-theme={event.theme} aria-hidden="true" />
          {themeLabel(event.theme)} · {whereLabel(briefing, event)}
        </p>
        <CitationList citations={event.citations} />
      </div>
    </article>
  );
}
