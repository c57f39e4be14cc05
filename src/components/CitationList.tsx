import type { Citation } from '../data/index.ts';
import { useUi } from '../locale/useEdition.ts';
import { SourceQuote } from './SourceQuote.tsx';

interface Props {
  readonly citations: readonly Citation[];
  readonly className?: string;
}

/**
 * "Source: ¶4 “Operation Absolute Resolve” · ¶10": the paragraphs a claim rests on, with
 * any words quoted from them (and, in a translated edition, our rendering of each). Shared
 * by every view, so it lives outside the features.
 */
export function CitationList({ citations, className }: Props) {
  const ui = useUi();
  const byParagraph = new Map<number, Citation[]>();
  for (const citation of citations) {
    const quotes = byParagraph.get(citation.paragraph) ?? [];
    if (citation.quote && !quotes.some((q) => q.quote === citation.quote)) quotes.push(citation);
    byParagraph.set(citation.paragraph, quotes);
  }
  return (
    <p className={['citations', className].filter(Boolean).join(' ')}>
      <span className="citations__label">{byParagraph.size > 1 ? ui.sources : ui.source}:</span>{' '}
      {[...byParagraph].map(([paragraph, quotes], i) => (
        <span key={paragraph} className="citation">
          {i > 0 && <span aria-hidden="true"> · </span>}
          <span aria-hidden="true">¶</span>
          <span className="visually-hidden">{ui.paragraph} </span>
          {paragraph}
          {quotes.map((q) => (
            <SourceQuote key={q.quote} quote={q.quote ?? ''} translation={q.translation} />
          ))}
        </span>
      ))}
    </p>
  );
}
