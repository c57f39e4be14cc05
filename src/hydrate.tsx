// The app's own entry: React takes over the page. src/main.tsx loads it after the first
// paint, so none of this is fetched before the reader can read.
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadEdition, localeOf } from './locale/loadEdition.ts';
import { EditionContext, type Edition } from './locale/useEdition.ts';

const root = document.getElementById('root')!;
const render = (edition: Edition) => (
  <StrictMode>
    <EditionContext value={edition}>
      <App />
    </EditionContext>
  </StrictMode>
);
// The page's language is its edition (es/ is <html lang="es">); the Spanish text is a
// chunk of its own, fetched before React takes over, so the HTML and the first render
// agree word for word.
void loadEdition(localeOf(document.documentElement.lang)).then((edition) => {
  // The build writes the page into #root (scripts/prerenderPlugin.ts), and React takes over
  // that HTML; the development server sends an empty #root, which React fills. Hydration
  // runs as a transition, so React yields to the browser every few milliseconds instead of
  // holding the main thread for the whole page (a long story has thousands of elements).
  if (root.firstElementChild) startTransition(() => void hydrateRoot(root, render(edition)));
  else createRoot(root).render(render(edition));
});
