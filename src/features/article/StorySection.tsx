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

/**
 * Where a story link sits: its section, its paragraph, and the event (the first link to it
 * in that paragraph). Both editions link the same events from the same paragraphs.
 */
const linkKey = (sectionId: string, paragraph: number, eventId: string) =>
  `${sectionId}/${paragraph}/${eventId}`;

/** The first link to an event among the given sections, as a link key. */
function firstLinkIn(eventId: string, candidates: readonly Section[]): string | undefined {
  for (const section of candidates)
    for (const [i, paragraph] of section.body.entries())
      for (const segment of parseParagraph(paragraph))
        if (segment.kind === 'event' && segment.eventId === eventId)
          return linkKey(section.id, i, eventId);
  return undefined;
}

/**
 * The paragraph that carries each event's passage anchor (`#passage-raid`, where the
 * timeline's links lead): the first that links it in its home section, else the first in
 * the story. Worked out once, at load.
 */
const anchoredLinks: ReadonlyMap<string, string> = (() => {
  const anchors = new Map<string, string>();
  for (const { id } of events) {
    const home = sectionsOfEvent(id).slice(0, 1);
    const key = firstLinkIn(id, home) ?? firstLinkIn(id, sections);
    if (key) anchors.set(key, passageIdOf(id));
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
            {
              // The passages' anchors, where the timeline's links lead: at the start of the
              // paragraph, so a reader who follows one (without scripts) reads it from its
              // first word.
              [...new Set(linked)].map((eventId) => {
                const id = anchoredLinks.get(linkKey(section.id, i, eventId));
                return id ? <span key={id} id={id} className="passage-anchor" /> : null;
              })
            }
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
