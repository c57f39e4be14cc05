import { meta } from '../../data/index.ts';
import { searchFor } from '../../state/selection.ts';
import './embed.css';

// The embed's own words, in one place for the edition dictionaries.
const TEXT = {
  readFull: 'Read the full briefing',
} as const;

/**
 * What the embed is from, and a link to the full briefing at the event the reader is on.
 * The link opens in the top window, as a link in the host article would: the full page
 * replaces the article in its tab, and Back returns to it (no unannounced new window).
 */
export function EmbedCredit({ selectedId }: { readonly selectedId: string | null }) {
  return (
    <footer className="embed-credit">
      <p className="embed-credit__title">{meta.headline}</p>
      <a className="embed-credit__link" href={`./${searchFor(selectedId)}`} target="_top">
        {TEXT.readFull}
        <span aria-hidden="true">&nbsp;→</span>
      </a>
    </footer>
  );
}
