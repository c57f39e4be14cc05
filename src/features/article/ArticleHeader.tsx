import { memo } from 'react';
import { dateline, formatTimestampDay, meta } from '../../data/index.ts';
import { ShareButton } from './ShareButton.tsx';

/**
 * Kicker, headline, dateline with the last update, and Share: short, so the map and the
 * stepper share the first screen. Memoized: it changes only with the selection Share copies.
 */
export const ArticleHeader = memo(function ArticleHeader({
  selectedId,
}: {
  readonly selectedId: string | null;
}) {
  return (
    <header className="masthead">
      <p className="masthead__kicker">{meta.kicker}</p>
      <h1 className="masthead__headline">{meta.headline}</h1>
      <p className="masthead__dateline">
        <span>{dateline()}</span>
        <span className="masthead__updated">
          {' · '}Updated <time dateTime={meta.updated}>{formatTimestampDay(meta.updated)}</time>
        </span>{' '}
        <ShareButton title={meta.headline} selectedId={selectedId} />
      </p>
    </header>
  );
});
