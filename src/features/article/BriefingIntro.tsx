import { CitationList } from '../../components/CitationList.tsx';
import { useBriefing, useUi } from '../../locale/useEdition.ts';

/** The story's lede: the summary, the strip of key facts, and how the briefing is sourced. */
export function BriefingIntro() {
  const { keyFacts, meta } = useBriefing();
  const ui = useUi();
  return (
    <div className="intro">
      <p className="intro__summary">{meta.summary}</p>
      <CitationList citations={meta.citations} />
      <ul className="key-facts" aria-label={ui.keyFacts}>
        {keyFacts.map((fact) => (
          <li key={fact.id} className="key-fact">
            <strong className="key-fact__value">{fact.value}</strong>{' '}
            <span className="key-fact__label">{fact.label}</span>
            <CitationList citations={fact.citations} />
          </li>
        ))}
      </ul>
      <p className="intro__note">{meta.sourceDescription}</p>
      <p className="intro__note">{meta.datingNote}</p>
    </div>
  );
}
