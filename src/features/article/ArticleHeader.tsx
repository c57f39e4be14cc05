import { memo } from 'react';
import { searchFor } from '../../state/selection.ts';
import { useBriefing, useUi } from '../../locale/useEdition.ts';
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
  const { meta, dateline, formatTimestampDay } = useBriefing();
  const ui = useUi();
  const other = ui.otherEdition;
  return (
    <header className="masthead">
      {/* The other edition, at the same event: a plain link, so it works without JavaScript. */}
      <p className="masthead__edition">
        <a href={`${other.href}${searchFor(selectedId)}`} hrefLang={other.lang} lang={other.lang}>
          {other.label}
        </a>
      </p>
      <p className="masthead__kicker">{meta.kicker}</p>
      <h1 className="masthead__headline">{meta.headline}</h1>
      <p className="masthead__dateline">
        <span>{dateline()}</span>
        <span className="masthead__updated">
          {' · '}
          {ui.updated} <time dateTime={meta.updated}>{formatTimestampDay(meta.updated)}</time>
        </span>{' '}
        <ShareButton title={meta.headline} selectedId={selectedId} />
      </p>
    </header>
  );
});
