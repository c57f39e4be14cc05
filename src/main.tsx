// The entry the page loads: the stylesheet, and a few lines that wait for the first paint.
// The prerendered page is readable with no script at all, so React and the app
// (src/hydrate.tsx) are fetched and run only once the browser has painted it.
import './styles.css';
import './noscript.css';

/** The built app entry's file, put in by scripts/appEntryPlugin.ts. */
declare const BRIEFING_APP_FILE: string;

function start() {
  if (import.meta.env.DEV) {
    void import('./hydrate.tsx');
    return;
  }
  // A script element rather than import(): Vite would wrap import() in a preload helper
  // that this page does not need.
  const script = document.createElement('script');
  script.type = 'module';
  script.src = new URL(BRIEFING_APP_FILE, import.meta.url).href;
  document.head.append(script);
}
// requestAnimationFrame runs just before a paint; a task queued from it runs after.
requestAnimationFrame(() => setTimeout(start));
