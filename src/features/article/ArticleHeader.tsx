import { memo } from 'react';
import { CitationList } from '../../components/CitationList.tsx';
import { dateline, keyFacts, meta } from '../../data/index.ts';

/** Headline, summary, dateline and the strip of key facts. Memoized: it never changes. */
export const ArticleHeader = memo(function ArticleHeader() {
  return (
    <header className="masthead">
      <div>
        <p className="masthead__kicker">{meta.kicker}</p>
        <h1 className="masthead__headline">{meta.headline}</h1>
        <p className="masthead__summary">{meta.summary}</p>
        <p className="masthead__dateline">{dateline()}</p>
        <p className="masthead__note">{meta.sourceDescription}</p>
        <p className="masthead__note">{meta.datingNote}</p>
        <CitationList citations={meta.citations} />
      </div>
      <ul className="key-facts" aria-label="Key facts">
        {keyFacts.map((fact) => (
          <li key={fact.id} className="key-fact">
            <strong className="key-fact__value">{fact.value}</strong>{' '}
            <span className="key-fact__label">{fact.label}</span>
            <CitationList citations={fact.citations} />
          </li>
        ))}
      </ul>
    </header>
  );
});
