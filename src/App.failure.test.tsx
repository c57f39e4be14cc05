// Each view has its own error boundary: if one throws, the reader gets a message and a way
// to retry in its place, and the other views keep working.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './App.tsx';
import { events, getEvent, parseParagraph, sections } from './data/index.ts';

// Which views throw while rendering; a test flips these, the mocks read them.
const broken = vi.hoisted(() => ({ timeline: false, story: false }));

vi.mock('./features/timeline/Timeline.tsx', async (load) => {
  const real = await load<typeof import('./features/timeline/Timeline.tsx')>();
  return {
    ...real,
    Timeline: (props: Parameters<typeof real.Timeline>[0]) => {
      if (broken.timeline) throw new Error('the timeline broke (on purpose, in a test)');
      return real.Timeline(props);
    },
  };
});

vi.mock('./features/article/Story.tsx', async (load) => {
  const real = await load<typeof import('./features/article/Story.tsx')>();
  return {
    ...real,
    Story: (props: Parameters<typeof real.Story>[0]) => {
      if (broken.story) throw new Error('the story broke (on purpose, in a test)');
      return real.Story(props);
    },
  };
});

afterEach(() => {
  broken.timeline = false;
  broken.story = false;
  vi.restoreAllMocks();
});

/** The words of the first story link to an event. */
function storyLinkWords(eventId: string): string {
  const segment = sections
    .flatMap((s) => s.body.flatMap(parseParagraph))
    .find((seg) => seg.kind === 'event' && seg.eventId === eventId);
  if (!segment) throw new Error(`No story link to ${eventId}`);
  return segment.text;
}

describe('a view that throws', () => {
  it('the timeline: an alert in its place, the story still selects events, retry restores it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    broken.timeline = true;
    const user = userEvent.setup();
    render(<App />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The timeline could not be shown');
    expect(screen.queryByRole('navigation', { name: 'Timeline' })).toBeNull();

    const target = events.at(-1)!;
    await user.click(screen.getAllByRole('link', { name: storyLinkWords(target.id) })[0]!);
    expect(window.location.search).toBe(`?event=${target.id}`);
    expect(screen.getByRole('heading', { level: 3, name: target.title })).toBeInTheDocument();

    broken.timeline = false;
    await user.click(within(alert).getByRole('button', { name: 'Show the timeline again' }));
    const timeline = screen.getByRole('navigation', { name: 'Timeline' });
    expect(within(timeline).getByRole('link', { current: true })).toHaveTextContent(target.title);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the story: an alert in its place, the timeline still steps and the event card follows', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    broken.story = true;
    const user = userEvent.setup();
    render(<App />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The story could not be shown');
    const timeline = screen.getByRole('navigation', { name: 'Timeline' });
    await user.click(within(timeline).getByRole('button', { name: /^next/i }));
    const first = getEvent(events[0]!.id)!;
    await waitFor(() => expect(window.location.search).toBe(`?event=${first.id}`));
    expect(screen.getByRole('heading', { level: 3, name: first.title })).toBeInTheDocument();

    broken.story = false;
    await act(() =>
      user.click(within(alert).getByRole('button', { name: 'Show the story again' })),
    );
    expect(screen.getByRole('region', { name: sections[0]!.heading })).toBeInTheDocument();
  });

  it('tells the console what broke, for whoever debugs it', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    broken.story = true;
    render(<App />);
    expect(logged.mock.calls.some((call) => String(call[0]).includes('story view failed'))).toBe(
      true,
    );
  });
});
