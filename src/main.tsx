// The entry the page loads: the stylesheet, and a few lines that wait for the first paint.
// The prerendered page is readable with no script at all, so React and the app
// (src/hydrate.tsx) are fetched and run only once the browser has painted it and loaded its
// pictures.
import './styles.css';
import './noscript.css';

// The embed (`?embed`: src/state/embed.ts; one literal here, as importing that module would
// split a shared chunk off this entry) is told apart now, before the first paint: its class
// turns the prerendered full page into the compact layout in CSS (features/embed/embed.css),
// so the frame never shows the masthead before React takes over. Its links open in the top
// window, not inside the frame: a base target covers every link, the map's credits too.
if (new URLSearchParams(location.search).has('embed')) {
  document.documentElement.classList.add('embed');
  const base = document.createElement('base');
  base.target = '_top';
  document.head.append(base);
}

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
const painted = new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
// The app also waits for the page's pictures (the load event): on a phone the static map is
// the largest thing on the first screen, and on a slow connection the app's scripts fetched
// alongside would hold it back. A picture that never arrives holds the app back 3 s at most.
const pictured = new Promise((done) => {
  if (document.readyState === 'complete') return done(null);
  addEventListener('load', done, { once: true });
  setTimeout(done, 3000);
});
void Promise.all([painted, pictured]).then(start);
