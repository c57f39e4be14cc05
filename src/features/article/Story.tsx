import { useEffect, useRef } from 'react';
import { glossary, sections, sectionsOfEvent } from '../../data/index.ts';
import type { Selection } from '../../state/selection.ts';
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
  const selectedId = selection.status === 'selected' ? selection.eventId : null;
  // A deep link or reload opens at the top of the page, like any page; later steps scroll.
  // (Compared by id, not by a first-run flag, so StrictMode's double effects change nothing.)
  const scrolledFor = useRef(selectedId);
  const highlighted = new Set(selectedId ? sectionsOfEvent(selectedId).map((s) => s.id) : []);

  useEffect(
    function scrollHomeSectionIntoView() {
      if (selectedId === scrolledFor.current) return;
      scrolledFor.current = selectedId;
      if (!selectedId) return;
      // On narrow screens the map sits above the story rather than beside it; scrolling
      // to the story would carry the reader away from the map they just used. The event
      // card under the map tells the event, and the section is highlighted for later.
      if (!window.matchMedia(SIDE_BY_SIDE).matches) return;
      const home = sectionsOfEvent(selectedId)[0];
      const root = rootRef.current;
      if (!home || !root) return;
      // If the reader can already see a section that tells this event, leave the page be.
      const telling = sectionsOfEvent(selectedId).flatMap(
        (s) => root.querySelector(`#section-${s.id}`) ?? [],
      );
      if (telling.some(isInViewport)) return;
      // scrollIntoView moves the page, not focus: the reader stays where they were working.
      root.querySelector(`#section-${home.id}`)?.scrollIntoView({
        block: 'start',
        behavior: prefersReducedMotion() ? 'auto' : 'smooth',
      });
    },
    [selectedId],
  );

  return (
    <div className="story" ref={rootRef}>
      {sections.map((section) => (
        <StorySection
          key={section.id}
          section={section}
          selectedId={selectedId}
          isHighlighted={highlighted.has(section.id)}
          onSelect={onSelect}
        />
      ))}
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
    </div>
  );
}
