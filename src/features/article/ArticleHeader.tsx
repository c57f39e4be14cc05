import { dateline, meta } from '../../data/index.ts';

/** Kicker, headline and dateline: short, so the map and the stepper share the first screen. */
export function ArticleHeader() {
  return (
    <header className="masthead">
      <p className="masthead__kicker">{meta.kicker}</p>
      <h1 className="masthead__headline">{meta.headline}</h1>
      <p className="masthead__dateline">{dateline()}</p>
    </header>
  );
}
