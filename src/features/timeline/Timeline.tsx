import { memo, useCallback, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { isoDate, type BriefingEvent } from '../../data/index.ts';
import { useHasHydrated } from '../../hooks/useHasHydrated.ts';
import { useBriefing, useUi } from '../../locale/useEdition.ts';
import { eventHref, type Selection } from '../../state/selection.ts';
import type { Move } from '../../state/useSelection.ts';

interface Props {
  readonly selection: Selection;
  readonly onSelect: (eventId: string | null, move?: Move) => void;
  readonly onStep: (delta: number) => void;
}

// Keys that step the selection while focus is in the timeline. ← and → work from anywhere
// on the page (features/reading); Home, End, ↑ and ↓ only here, where they cannot be
// mistaken for scrolling the page.
const STEPS: Record<string, number> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: -Infinity,
  End: Infinity,
};

/** The stepper (Previous, Next, Overview) and every event in order. */
export function Timeline({ selection, onSelect, onStep }: Props) {
  // Phones show the stepper only; the full list opens on demand (wider screens always show it).
  const [isListOpen, setIsListOpen] = useState(false);
  const hasHydrated = useHasHydrated();
  const { events } = useBriefing();
  const ui = useUi();
  const selectedId = selection.status === 'selected' ? selection.eventId : null;
  const position = selection.status === 'selected' ? selection.index + 1 : 0;
  const isAtStart = position <= 1;
  const isAtEnd = position === events.length;

  // Stable, so a step re-renders only the two items whose state changed, not every event.
  const toggleRef = useRef<HTMLButtonElement>(null);
  const handlePick = useCallback(
    (eventId: string) => {
      onSelect(eventId);
      setIsListOpen(false);
      // On phones the list closes under the picked link: focus goes back to the toggle
      // that opened it, not to the page. (Wider screens keep the list, and focus on it.)
      const toggle = toggleRef.current;
      if (toggle?.getAttribute('aria-expanded') === 'true') toggle.focus({ preventScroll: true });
    },
    [onSelect],
  );

  function handleKeyDown(e: KeyboardEvent<HTMLElement>) {
    const delta = STEPS[e.key];
    if (delta === undefined || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    onStep(delta);
  }

  return (
    // The keys are shortcuts between the real controls inside, delegated from their container.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <nav className="timeline" aria-labelledby="timeline-heading" onKeyDown={handleKeyDown}>
      <div className="timeline__bar">
        <h2 id="timeline-heading" className="timeline__heading">
          {ui.timeline}
        </h2>
        <button
          type="button"
          className="button timeline__step"
          aria-disabled={isAtStart}
          aria-keyshortcuts="ArrowLeft"
          onClick={() => onStep(-1)}
        >
          <span aria-hidden="true">←</span>{' '}
          <span className="timeline__step-text">{ui.previous}</span>
        </button>
        <p className="timeline__position">
          {position > 0 ? ui.position(position, events.length) : ui.eventCount(events.length)}
        </p>
        <button
          type="button"
          className="button timeline__step"
          aria-disabled={isAtEnd}
          aria-keyshortcuts="ArrowRight"
          onClick={() => onStep(1)}
        >
          <span className="timeline__step-text">{ui.next}</span> <span aria-hidden="true">→</span>
        </button>
        <button
          type="button"
          className="button timeline__overview"
          aria-disabled={selectedId === null}
          onClick={() => onSelect(null)}
        >
          {ui.overview}
        </button>
        <p className="timeline__keys" aria-hidden="true">
          {ui.keys} <kbd>←</kbd> <kbd>→</kbd> {ui.step}
        </p>
        <button
          type="button"
          ref={toggleRef}
          className="button timeline__toggle"
          aria-expanded={isListOpen}
          aria-controls="timeline-list"
          onClick={() => setIsListOpen((open) => !open)}
        >
          {isListOpen ? ui.hideList : ui.allEvents}
        </button>
      </div>
      <ol
        id="timeline-list"
        className="timeline__list"
        data-open={isListOpen || undefined}
        // The reading module scrolls the current event into the middle of this list (the
        // list, never the page) and moves focus with it when focus was in the list.
        data-follows-selection=""
      >
        {events.map((event, i) => (
          <TimelineItem
            key={event.id}
            event={event}
            isSelected={event.id === selectedId}
            // One tab stop for the whole list (the selected event, or the first); arrows do
            // the rest. Without scripts (the prerendered page) the arrows do nothing, so
            // every link is a tab stop, as a document's links are.
            isTabStop={!hasHydrated || (selectedId === null ? i === 0 : event.id === selectedId)}
            onPick={handlePick}
          />
        ))}
      </ol>
    </nav>
  );
}

interface ItemProps {
  readonly event: BriefingEvent;
  readonly isSelected: boolean;
  readonly isTabStop: boolean;
  readonly onPick: (eventId: string) => void;
}

/** One event in the list; memoized, since a step changes only two of them. */
const TimelineItem = memo(function TimelineItem({
  event,
  isSelected,
  isTabStop,
  onPick,
}: ItemProps) {
  const { formatShortDate } = useBriefing();
  function handleClick(e: MouseEvent<HTMLAnchorElement>) {
    // A modified click opens the link in a new tab or window, as links should.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onPick(event.id);
  }
  // A link: without scripts (or before they run) it leads to the passage that tells the
  // event; with them, a click selects the event in place.
  return (
    <li className="timeline__item">
      <a
        href={eventHref(event.id)}
        className="timeline__event"
        data-theme={event.theme}
        data-undated={isoDate(event.date) === undefined ? '' : undefined}
        aria-current={isSelected ? 'true' : undefined}
        tabIndex={isTabStop ? 0 : -1}
        onClick={handleClick}
      >
        <time className="timeline__date" dateTime={isoDate(event.date)}>
          {formatShortDate(event.date)}
        </time>
        <span className="timeline__title">{event.title}</span>
      </a>
    </li>
  );
});
