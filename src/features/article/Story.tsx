import { memo } from 'react';
import { useBriefing, useUi } from '../../locale/useEdition.ts';
import { selectedIdOf, type Selection } from '../../state/selection.ts';
import { CitationList } from '../../components/CitationList.tsx';
import { StorySection } from './StorySection.tsx';

interface Props {
  readonly selection: Selection;
  readonly onSelect: (eventId: string) => void;
}

/**
 * The story in sections, then the glossary. The sections that tell the selected event are
 * highlighted and the passages that link it are marked; the story never scrolls itself
 * (features/reading follows the reader instead).
 */
export function Story({ selection, onSelect }: Props) {
  const { sections, sectionsOfEvent } = useBriefing();
  const selectedId = selectedIdOf(selection);
  const telling = selectedId ? sectionsOfEvent(selectedId) : [];
  const highlighted = new Set(telling.map((s) => s.id));
  return (
    <div className="story">
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
  const { glossary } = useBriefing();
  const ui = useUi();
  return (
    <section className="glossary" aria-labelledby="glossary-heading">
      <h2 id="glossary-heading">{ui.glossary}</h2>
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
