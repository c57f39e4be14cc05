// The entry the page loads: the stylesheet, and a few lines that wait for the first paint.
// The prerendered page is readable with no script at all, so React and the app
// (src/hydrate.tsx) are fetched and run only once the browser has shown it and loaded its
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
// The first contentful paint, as the browser reports it: its entry comes once the frame is
// on screen, not merely drawn (a script fetched in between counts, in Lighthouse's simulated
// slow connection, as holding that paint back). Without paint timing, the 3 s cap below
// starts the app.
const painted = new Promise((done) =>
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) done(null);
  }).observe({ type: 'paint', buffered: true }),
);
// The app also waits for the page's pictures (the load event): on a phone the static map is
// the largest thing on the first screen, and on a slow connection the app's scripts fetched
// alongside would hold it back.
const pictured = new Promise((done) => {
  if (document.readyState === 'complete') return done(null);
  addEventListener('load', done, { once: true });
});
// A paint or a picture that never comes (a tab in the background, a picture that fails to
// arrive) holds the app back 3 s at most.
void Promise.race([
  Promise.all([painted, pictured]),
  new Promise((done) => setTimeout(done, 3000)),
]).then(start);
