import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { events, formatShortDate, isoDate, type BriefingEvent } from '../../data/index.ts';
import { selectedEventOf, stepFrom, type Selection } from '../../state/selection.ts';
import { prefersReducedMotion } from '../../hooks/usePrefersReducedMotion.ts';

interface Props {
  readonly selection: Selection;
  readonly onSelect: (eventId: string) => void;
}

// Keys that move the selection when the timeline has focus, as steps from the current event.
const STEPS: Record<string, number> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: -Infinity,
  End: Infinity,
};

/** Every event in order, with Previous/Next, arrow keys, Home and End. */
export function Timeline({ selection, onSelect }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const navRef = useRef<HTMLElement>(null);
  // Set when a key moved the selection from inside the list, so focus follows it there.
  const focusPending = useRef(false);
  // Phones show a compact stepper; the full list opens on demand (wider screens always show it).
  const [isListOpen, setIsListOpen] = useState(false);
  const selected = selectedEventOf(selection);
  const selectedId = selected?.id ?? null;
  const position = selection.status === 'selected' ? selection.index + 1 : 0;
  const isAtStart = position <= 1;
  const isAtEnd = position === events.length;

  // Stable, so a step re-renders only the two items whose state changed, not every event.
  const handlePick = useCallback(
    (eventId: string) => {
      onSelect(eventId);
      setIsListOpen(false);
    },
    [onSelect],
  );

  function step(delta: number) {
    const target = stepFrom(selection, delta);
    if (target !== null && target !== selectedId) onSelect(target);
  }

  function handleKeyDown(e: KeyboardEvent<HTMLElement>) {
    const delta = STEPS[e.key];
    if (delta === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    focusPending.current = listRef.current?.contains(e.target as Node) ?? false;
    step(delta);
  }

  useEffect(function publishStickyHeight() {
    // The page scrolls focused elements and sections clear of this sticky bar, whose
    // height depends on the fonts and the screen: measure it rather than guess.
    const nav = navRef.current;
    if (!nav) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--timeline-h', `${nav.offsetHeight}px`),
    );
    observer.observe(nav);
    return () => observer.disconnect();
  }, []);

  useEffect(
    function keepSelectedEventInView() {
      const list = listRef.current;
      if (!selectedId || !list) return;
      const item = list.querySelector<HTMLButtonElement>('[aria-current="true"]');
      if (!item) return;
      if (focusPending.current) item.focus({ preventScroll: true });
      focusPending.current = false;
      // Scroll the list itself, never the page, so the reader's place in the story holds.
      const left = item.offsetLeft - (list.clientWidth - item.offsetWidth) / 2;
      list.scrollTo?.({ left, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    },
    [selectedId],
  );

  return (
    // The keys are shortcuts between the real buttons inside, delegated from their container.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <nav
      ref={navRef}
      className="timeline"
      aria-labelledby="timeline-heading"
      onKeyDown={handleKeyDown}
    >
      <div className="timeline__bar">
        <h2 id="timeline-heading" className="timeline__heading">
          Timeline
        </h2>
        <button
          type="button"
          className="button timeline__step"
          aria-disabled={isAtStart}
          onClick={() => step(-1)}
        >
          <span aria-hidden="true">←</span> <span className="timeline__step-text">Previous</span>
        </button>
        <div className="timeline__status">
          <p className="timeline__position">
            {position > 0 ? `${position} of ${events.length}` : `${events.length} events`}
          </p>
          {selected && (
            // Phones hide the list, so the stepper names the event it is on.
            <p className="timeline__current" aria-hidden="true">
              {formatShortDate(selected.date)}: {selected.title}
            </p>
          )}
        </div>
        <button
          type="button"
          className="button timeline__step"
          aria-disabled={isAtEnd}
          onClick={() => step(1)}
        >
          <span className="timeline__step-text">Next</span> <span aria-hidden="true">→</span>
        </button>
        <button
          type="button"
          className="button timeline__toggle"
          aria-expanded={isListOpen}
          aria-controls="timeline-list"
          onClick={() => setIsListOpen((open) => !open)}
        >
          {isListOpen ? 'Hide list' : 'All events'}
        </button>
      </div>
      <ol
        id="timeline-list"
        className="timeline__list"
        data-open={isListOpen || undefined}
        ref={listRef}
      >
        {events.map((event, i) => (
          <TimelineItem
            key={event.id}
            event={event}
            isSelected={event.id === selectedId}
            // One tab stop for the whole list (the selected event, or the first); arrows do the rest.
            isTabStop={selectedId === null ? i === 0 : event.id === selectedId}
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
  return (
    <li className="timeline__item">
      <button
        type="button"
        className="timeline__event"
        data-theme={event.theme}
        aria-current={isSelected ? 'true' : undefined}
        tabIndex={isTabStop ? 0 : -1}
        onClick={() => onPick(event.id)}
      >
        <time className="timeline__date" dateTime={isoDate(event.date)}>
          {formatShortDate(event.date)}
        </time>
        <span className="timeline__title">{event.title}</span>
      </button>
    </li>
  );
});
