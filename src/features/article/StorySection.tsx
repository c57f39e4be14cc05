import { memo, type MouseEvent } from 'react';
import { CitationList } from '../../components/CitationList.tsx';
import { parseParagraph, type Section } from '../../data/index.ts';
import { searchFor } from '../../state/selection.ts';

interface Props {
  readonly section: Section;
  readonly selectedId: string | null;
  readonly isHighlighted: boolean;
  readonly onSelect: (eventId: string) => void;
}

/** One section of the story; its event links select their events. Memoized: a step changes few. */
export const StorySection = memo(function StorySection({
  section,
  selectedId,
  isHighlighted,
  onSelect,
}: Props) {
  function handleLinkClick(e: MouseEvent<HTMLAnchorElement>, eventId: string) {
    // A modified click opens the shareable link in a new tab or window, as links should.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onSelect(eventId);
  }

  return (
    <section
      id={`section-${section.id}`}
      className="story-section"
      data-highlighted={isHighlighted || undefined}
      aria-labelledby={`heading-${section.id}`}
    >
      <h2 id={`heading-${section.id}`} className="story-section__heading">
        {section.heading}
      </h2>
      {section.body.map((paragraph, i) => {
        const segments = parseParagraph(paragraph);
        const linked = segments.flatMap((s) => (s.kind === 'event' ? [s.eventId] : []));
        return (
          <p
            key={i}
            // A passage: as the reader scrolls it into the middle of the screen, the map
            // follows its events (features/reading).
            data-passage={linked.length ? [...new Set(linked)].join(' ') : undefined}
            data-current={(selectedId !== null && linked.includes(selectedId)) || undefined}
          >
            {segments.map((segment, j) =>
              segment.kind === 'text' ? (
                segment.text
              ) : (
                <a
                  key={j}
                  className="event-link"
                  href={searchFor(segment.eventId)}
                  aria-current={segment.eventId === selectedId ? 'true' : undefined}
                  onClick={(e) => handleLinkClick(e, segment.eventId)}
                >
                  {segment.text}
                </a>
              ),
            )}
          </p>
        );
      })}
      <CitationList citations={section.citations} />
    </section>
  );
});
