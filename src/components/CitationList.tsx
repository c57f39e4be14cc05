import type { Citation } from '../data/index.ts';

interface Props {
  readonly citations: readonly Citation[];
  readonly className?: string;
}

/**
 * "Source: ¶4 “Operation Absolute Resolve” · ¶10": the paragraphs a claim rests on, with
 * any words quoted from them. Shared by every view, so it lives outside the features.
 */
export function CitationList({ citations, className }: Props) {
  const byParagraph = new Map<number, string[]>();
  for (const { paragraph, quote } of citations) {
    const quotes = byParagraph.get(paragraph) ?? [];
    if (quote && !quotes.includes(quote)) quotes.push(quote);
    byParagraph.set(paragraph, quotes);
  }
  return (
    <p className={['citations', className].filter(Boolean).join(' ')}>
      <span className="citations__label">{byParagraph.size > 1 ? 'Sources' : 'Source'}:</span>{' '}
      {[...byParagraph].map(([paragraph, quotes], i) => (
        <span key={paragraph} className="citation">
          {i > 0 && <span aria-hidden="true"> · </span>}
          <span aria-hidden="true">¶</span>
          <span className="visually-hidden">paragraph </span>
          {paragraph}
          {quotes.map((q) => (
            <q key={q} className="citation__quote">
              {q}
            </q>
          ))}
        </span>
      ))}
    </p>
  );
}
