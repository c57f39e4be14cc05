import { useUi } from '../locale/useEdition.ts';
import type { Selection } from '../state/selection.ts';

/**
 * Said when the address names an event the briefing does not have. The bad value itself
 * is never shown: it may be long, or hostile, and it tells the reader nothing.
 */
export function LinkNotice({ selection }: { readonly selection: Selection }) {
  const ui = useUi();
  return (
    <div className="link-notice" role="status">
      {selection.status === 'invalid' && <p>{ui.linkNotice}</p>}
    </div>
  );
}
