import { STREET_TILES_ORIGIN } from '../src/features/map/tileServer.ts';

/**
 * The built page's Content-Security-Policy, as a `<meta http-equiv>` so that it works on any
 * static host. Scripts come only from the page's own origin (no inline script, no eval);
 * images from the page, `data:` URLs (Leaflet's and the favicon) and the optional street-tile
 * server. Leaflet writes styles through the DOM (`element.style`), which a policy does not
 * govern, so styles need no `unsafe-inline` either. `frame-ancestors` cannot be set in a
 * meta tag: a host that wants it sends it as an HTTP header (see the README).
 */
export const CONTENT_SECURITY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', STREET_TILES_ORIGIN],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'none'"],
};

/** The policy as the meta tag's content: `default-src 'self'; script-src 'self'; …`. */
export function cspContent(policy = CONTENT_SECURITY_POLICY): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}
