import { memo, useEffect, useRef } from 'react';
import { glossary, sections, sectionsOfEvent } from '../../data/index.ts';
import { parseSelection, selectedIdOf, type Selection } from '../../state/selection.ts';
import { prefersReducedMotion } from '../../hooks/usePrefersReducedMotion.ts';
import { CitationList } from '../../components/CitationList.tsx';
import { StorySection } from './StorySection.tsx';

interface Props {
  readonly selection: Selection;
  readonly onSelect: (eventId: string) => void;
}

/** The layout in which the story scrolls beside a sticky map (see styles.css). */
const SIDE_BY_SIDE = '(min-width: 900px)';

function isInViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight;
}

/** The story in sections, then the glossary. The selected event's sections are highlighted. */
export function Story({ selection, onSelect }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  const selectedId = selectedIdOf(selection);
  // A deep link or reload opens at the top of the page, like any page; later steps scroll.
  // (Compared by id, not by a first-run flag, so StrictMode's double effects change nothing.)
  // Undefined until the first effect: a prerendered page hydrates with no selection (the
  // server has no URL) and only then reads the address, which is no step of the reader's.
  const scrolledFor = useRef<string | null | undefined>(undefined);
  const telling = selectedId ? sectionsOfEvent(selectedId) : [];
  const highlighted = new Set(telling.map((s) => s.id));

  useEffect(
    function scrollHomeSectionIntoView() {
      if (scrolledFor.current === undefined) {
        scrolledFor.current = selectedIdOf(parseSelection(window.location.search));
        return;
      }
      if (selectedId === scrolledFor.current) return;
      scrolledFor.current = selectedId;
      if (!selectedId) return;
      // On narrow screens the map sits above the story rather than beside it; scrolling
      // to the story would carry the reader away from the map they just used. The event
      // card under the map tells the event, and the section is highlighted for later.
      if (!window.matchMedia(SIDE_BY_SIDE).matches) return;
      const root = rootRef.current;
      if (!root) return;
      const elements = sectionsOfEvent(selectedId).flatMap(
        (s) => root.querySelector(`#section-${s.id}`) ?? [],
      );
      // If the reader can already see a section that tells this event, leave the page be.
      if (elements.some(isInViewport)) return;
      // The first is the event's home. scrollIntoView moves the page, not focus.
      elements[0]?.scrollIntoView({
        block: 'start',
        behavior: prefersReducedMotion() ? 'auto' : 'smooth',
      });
    },
    [selectedId, scrolledFor],
  );

  return (
    <div className="story" ref={rootRef}>
      {sections.map((section) => (
        <StorySection
          key={section.id}
          section={section}
          // Only a section that tells the event marks its link, so the others (memoized)
          // skip the step entirely.
          selectedId={highlighted.has(section.id) ? selectedId : null}
          isHighlighted={highlighted.has(section.id)}
          onSelect={onSelect}
        />
      ))}
      <Glossary />
    </div>
  );
}

/** The glossary: the same on every step, so memoized. */
const Glossary = memo(function Glossary() {
  return (
    <section className="glossary" aria-labelledby="glossary-heading">
      <h2 id="glossary-heading">Glossary</h2>
      <dl>
        {glossary.map((entry) => (
          <div key={entry.id} className="glossary__entry">
            <dt>{entry.term}</dt>
            <dd>
              {entry.definition} <CitationList citations={entry.citations} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
});
