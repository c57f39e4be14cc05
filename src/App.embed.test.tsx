// The embed (`?embed`): the stage alone, with a credit that links to the full page at the
// event, and steps that keep the embed in the address.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from './App.tsx';
import { events, getEvent, meta, sections } from './data/index.ts';

// As in App.test.tsx: the Leaflet map and pym.js are chunks the browser tests cover.
vi.mock('./features/map/BriefingMap.tsx', () => ({ default: () => null }));
vi.mock('./features/embed/pymChild.ts', () => ({ reportHeight: () => () => {} }));

describe('App with ?embed', () => {
  it('shows the stage and a credit, not the masthead, the story or the download', () => {
    window.history.replaceState(null, '', '/?embed&event=raid');
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(meta.headline);
    expect(screen.getByRole('article', { name: getEvent('raid')!.title })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Map' })).toBeInTheDocument();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('region', { name: sections[0]!.heading })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Download the data' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Skip to the story' })).toBeNull();
    const credit = within(screen.getByRole('contentinfo'));
    const link = credit.getByRole('link', { name: 'Read the full briefing' });
    expect(link).toHaveAttribute('href', './?event=raid');
    expect(link).toHaveAttribute('target', '_top');
  });

  it('steps in its own address, keeping ?embed, and the credit follows', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?embed&event=raid');
    render(<App />);
    const next = events[events.findIndex((e) => e.id === 'raid') + 1]!;
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(window.location.search).toContain(`event=${next.id}`));
    const params = new URLSearchParams(window.location.search);
    expect(params.get('event')).toBe(next.id);
    expect(params.has('embed')).toBe(true);
    expect(screen.getByRole('link', { name: 'Read the full briefing' })).toHaveAttribute(
      'href',
      `./?event=${next.id}`,
    );
  });
});
