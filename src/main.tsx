import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './styles.css';

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// The build writes the page into #root (scripts/prerenderPlugin.ts), and React takes over
// that HTML; the development server sends an empty #root, which React fills.
if (root.firstElementChild) hydrateRoot(root, app);
else createRoot(root).render(app);
