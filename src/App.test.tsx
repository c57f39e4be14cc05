import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from './App.tsx';
import {
  english,
  events,
  formatDate,
  getEvent,
  parseParagraph,
  sections,
  sectionsOfEvent,
} from './data/index.ts';

// The Leaflet map is a lazy chunk that happy-dom cannot draw; left to load, it could finish
// after the test environment is gone. The browser tests cover the map.
vi.mock('./features/map/BriefingMap.tsx', () => ({ default: () => null }));

const liveRegion = () => document.querySelector('[aria-live="polite"]')!;

describe('App: the views stay in step', () => {
  it('a timeline step updates the story, the event card, the URL and the announcement', async () => {
    const user = userEvent.setup();
    render(<App />);
    const timeline = screen.getByRole('navigation', { name: 'Timeline' });
    const raid = getEvent('raid')!;
    await user.click(within(timeline).getByRole('link', { name: new RegExp(raid.title) }));

    expect(window.location.search).toBe('?event=raid');
    expect(screen.getByRole('heading', { level: 3, name: raid.title })).toBeInTheDocument();
    const home = sectionsOfEvent('raid')[0]!;
    expect(screen.getByRole('region', { name: home.heading })).toHaveAttribute('data-highlighted');
    expect(liveRegion()).toHaveTextContent(`${formatDate(raid.date)}: ${raid.title}`);
  });

  it('a story link updates the timeline', async () => {
    const user = userEvent.setup();
    render(<App />);
    // The last event in the timeline, through the first story link to it.
    const last = events.at(-1)!;
    const words = sections
      .flatMap((s) => s.body.flatMap(parseParagraph))
      .find((seg) => seg.kind === 'event' && seg.eventId === last.id)!.text;
    const [link] = screen.getAllByRole('link', { name: words });
    await user.click(link!);
    const timeline = screen.getByRole('navigation', { name: 'Timeline' });
    expect(within(timeline).getByRole('link', { current: true })).toHaveTextContent(last.title);
    expect(within(timeline).getByText(`${events.length} of ${events.length}`)).toBeInTheDocument();
  });

  it('an unknown event in the address shows the default view and a notice, never the value', () => {
    window.history.replaceState(null, '', '?event=%3Cb%3Ehostile%3C%2Fb%3E');
    render(<App />);
    expect(document.body.textContent).not.toContain('hostile');
    expect(screen.getByText(/points to an event this briefing does not have/)).toBeInTheDocument();
    expect(screen.getByText(`${events.length} events`)).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
  });

  it('← and → step from the page, replacing the history entry, and focus stays put', async () => {
    const user = userEvent.setup();
    render(<App />);
    const start = window.history.length;
    // A step's address is written just after the frame that shows it.
    await user.keyboard('{ArrowRight}{ArrowRight}');
    await waitFor(() => expect(window.location.search).toBe(`?event=${events[1]!.id}`));
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(window.location.search).toBe(`?event=${events[0]!.id}`));
    expect(window.history.length).toBe(start);
    expect(document.activeElement).toBe(document.body);
  });

  it('names the page after the selected event, once the step is painted', async () => {
    const user = userEvent.setup();
    render(<App />);
    const { headline } = english.meta;
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(document.title).toBe(`${events[0]!.title} · ${headline}`));
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(document.title).toBe(`${events[1]!.title} · ${headline}`));
  });

  it('arrow keys in the timeline list carry focus with the selection', async () => {
    const user = userEvent.setup();
    render(<App />);
    const list = screen.getByRole('navigation', { name: 'Timeline' }).querySelector('ol')!;
    await user.click(within(list).getByRole('link', { name: new RegExp(events[2]!.title) }));
    await user.keyboard('{ArrowRight}');
    expect(within(list).getByRole('link', { current: true })).toHaveTextContent(events[3]!.title);
    expect(within(list).getByRole('link', { current: true })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(within(list).getByRole('link', { current: true })).toHaveFocus();
  });

  it('offers the data for download', () => {
    render(<App />);
    expect(screen.getByRole('link', { name: 'Download the data' })).toHaveAttribute(
      'href',
      './briefing.json',
    );
  });
});
