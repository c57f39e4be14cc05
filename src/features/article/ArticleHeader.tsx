import { CitationList } from '../../components/CitationList.tsx';
import { ShareButton } from './ShareButton.tsx';
import { dateline, formatTimestampDay, keyFacts, meta } from '../../data/index.ts';

/** Headline, summary, dateline, Share and the strip of key facts. */
export function ArticleHeader({ selectedId }: { readonly selectedId: string | null }) {
  return (
    <header className="masthead">
      <div>
        <p className="masthead__kicker">{meta.kicker}</p>
        <h1 className="masthead__headline">{meta.headline}</h1>
        <p className="masthead__summary">{meta.summary}</p>
        <p className="masthead__dateline">
          <span>{dateline()}</span>
          <span className="masthead__updated">
            {' · '}Updated <time dateTime={meta.updated}>{formatTimestampDay(meta.updated)}</time>
          </span>
        </p>
        <p className="masthead__note">{meta.sourceDescription}</p>
        <p className="masthead__note">{meta.datingNote}</p>
        <CitationList citations={meta.citations} />
        <ShareButton title={meta.headline} selectedId={selectedId} />
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
}
