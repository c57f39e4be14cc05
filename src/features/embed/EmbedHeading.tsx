import { useBriefing } from '../../locale/useEdition.ts';

/**
 * The embed's heading: the briefing's headline, for screen readers (the host article
 * already titles the frame for everyone else, and EmbedCredit names the briefing).
 */
export function EmbedHeading() {
  const { meta } = useBriefing();
  return <h1 className="visually-hidden">{meta.headline}</h1>;
}
