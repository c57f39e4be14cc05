import { useState } from 'react';
import { useUi } from '../../locale/useEdition.ts';
import { currentUrl } from '../../state/useSelection.ts';

type Outcome = 'copied' | 'failed';

interface Props {
  /** The page's title, for the share sheet. */
  readonly title: string;
  /** The selected event: a message about a copied link stands only while it is current. */
  readonly selectedId: string | null;
}

/**
 * Shares the page as the reader sees it (the address holds the selected event): through the
 * system's share sheet where the browser has the Web Share API, otherwise by copying the
 * link to the clipboard and saying so.
 */
export function ShareButton({ title, selectedId }: Props) {
  const ui = useUi();
  const [result, setResult] = useState<{ outcome: Outcome; eventId: string | null } | null>(null);
  /** What the reader is told after a copy, in a visible, announced message. */
  const MESSAGES: Record<Outcome, string> = { copied: ui.shareCopied, failed: ui.shareFailed };
  // Derived, not reset in an effect: once the reader moves on, the old message no longer
  // describes the link in the address.
  const message = result && result.eventId === selectedId ? MESSAGES[result.outcome] : '';

  async function handleShare() {
    const url = currentUrl();
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
      } catch {
        // The reader closed the share sheet: nothing to say.
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setResult({ outcome: 'copied', eventId: selectedId });
    } catch {
      setResult({ outcome: 'failed', eventId: selectedId });
    }
  }

  return (
    // Inline, so it sits at the end of the dateline and costs the first screen no height.
    <span className="share">
      <button type="button" className="button share__button" onClick={handleShare}>
        {ui.share}
      </button>
      <span className="share__message" role="status">
        {message}
      </span>
    </span>
  );
}
