import { useBriefing, useUi } from '../../locale/useEdition.ts';
import { searchFor } from '../../state/selection.ts';
import './embed.css';

/**
 * What the embed is from, and a link to the full briefing at the event the reader is on.
 * The link opens in the top window, as a link in the host article would: the full page
 * replaces the article in its tab, and Back returns to it (no unannounced new window).
 */
export function EmbedCredit({ selectedId }: { readonly selectedId: string | null }) {
  const { meta } = useBriefing();
  const ui = useUi();
  return (
    <footer className="embed-credit">
      <p className="embed-credit__title">{meta.headline}</p>
      <a className="embed-credit__link" href={`./${searchFor(selectedId)}`} target="_top">
        {ui.readFullBriefing}
        <span aria-hidden="true">&nbsp;→</span>
      </a>
    </footer>
  );
}
