import { memo, type MouseEvent } from 'react';
import { CitationList } from '../../components/CitationList.tsx';
import {
  events,
  parseParagraph,
  sections,
  sectionsOfEvent,
  type Section,
} from '../../data/index.ts';
import { passageIdOf, searchFor } from '../../state/selection.ts';

interface Props {
  readonly section: Section;
  readonly selectedId: string | null;
  readonly isHighlighted: boolean;
  readonly onSelect: (eventId: string) => void;
}

/** A paragraph of the story: its section and its index. Both editions have the same. */
const paragraphKey = (sectionId: string, paragraph: number) => `${sectionId}/${paragraph}`;

/** The first paragraph among the given sections that links the event. */
function firstParagraphLinking(eventId: string, candidates: readonly Section[]) {
  for (const section of candidates)
    for (const [i, paragraph] of section.body.entries())
      if (parseParagraph(paragraph).some((s) => s.kind === 'event' && s.eventId === eventId))
        return paragraphKey(section.id, i);
  return undefined;
}

/**
 * The passage anchors (`#passage-raid`, where the timeline's links lead) each paragraph
 * carries: an event's anchor is on the first paragraph that links it in its home section,
 * else the first in the story. Worked out once, at load.
 */
const anchorsByParagraph: ReadonlyMap<string, readonly string[]> = (() => {
  const anchors = new Map<string, string[]>();
  for (const { id } of events) {
    const key =
      firstParagraphLinking(id, sectionsOfEvent(id).slice(0, 1)) ??
      firstParagraphLinking(id, sections);
    if (key) anchors.set(key, [...(anchors.get(key) ?? []), passageIdOf(id)]);
  }
  return anchors;
})();

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
            {// The passages' anchors, at the start of the paragraph, so a reader who follows
            // one (without scripts) reads it from its first word.
            anchorsByParagraph.get(paragraphKey(section.id, i))?.map((id) => (
              <span key={id} id={id} className="passage-anchor" />
            ))}
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
