import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { events } from '../../data/index.ts';
import { useSelection } from '../../state/useSelection.ts';
import { Timeline } from './Timeline.tsx';

/** The timeline wired to the real URL selection, as the app wires it. */
function Harness() {
  const { selection, select, step } = useSelection();
  return <Timeline selection={selection} onSelect={select} onStep={step} />;
}

const current = () => screen.getByRole('link', { current: true });

describe('Timeline', () => {
  it('lists every event in order', () => {
    render(<Harness />);
    const list = screen.getByRole('list');
    const items = list.querySelectorAll('li');
    expect(items).toHaveLength(events.length);
    expect(items[0]).toHaveTextContent(events[0]!.title);
    expect(items[events.length - 1]).toHaveTextContent(events.at(-1)!.title);
  });

  it('steps without adding history; a card and Overview each add one entry', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const start = window.history.length;
    await user.click(screen.getByRole('button', { name: /next/i }));
    await user.click(screen.getByRole('button', { name: /next/i }));
    await user.click(screen.getByRole('button', { name: /previous/i }));
    expect(window.history.length).toBe(start);
    await user.click(screen.getByRole('link', { name: new RegExp(events[4]!.title) }));
    expect(window.history.length).toBe(start + 1);
    await user.click(screen.getByRole('button', { name: 'Overview' }));
    expect(window.location.search).toBe('');
    expect(window.history.length).toBe(start + 2);
    expect(screen.getByRole('button', { name: 'Overview' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('starts on the overview and steps with Next and Previous', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByText(`${events.length} events`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /next/i }));
    expect(current()).toHaveTextContent(events[0]!.title);
    expect(screen.getByText(`1 of ${events.length}`)).toBeInTheDocument();
    expect(window.location.search).toBe(`?event=${events[0]!.id}`);
    await user.click(screen.getByRole('button', { name: /next/i }));
    await user.click(screen.getByRole('button', { name: /previous/i }));
    expect(current()).toHaveTextContent(events[0]!.title);
  });

  it('marks the ends with aria-disabled, keeping the buttons focusable', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', `?event=${events.at(-1)!.id}`);
    render(<Harness />);
    const next = screen.getByRole('button', { name: /next/i });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.click(next);
    expect(window.location.search).toBe(`?event=${events.at(-1)!.id}`);
  });

  it('moves with arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('link', { name: new RegExp(events[2]!.title) }));
    await user.keyboard('{ArrowRight}');
    expect(current()).toHaveTextContent(events[3]!.title);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(current()).toHaveTextContent(events[1]!.title);
    await user.keyboard('{End}');
    expect(current()).toHaveTextContent(events.at(-1)!.title);
    await user.keyboard('{Home}');
    expect(current()).toHaveTextContent(events[0]!.title);
  });

  it('keeps a single tab stop in the list, on the selected event', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('link', { name: new RegExp(events[5]!.title) }));
    const stops = [...screen.getByRole('list').querySelectorAll('a')].filter(
      (b) => b.tabIndex === 0,
    );
    expect(stops).toEqual([current()]);
  });

  it('follows Back and Forward', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('link', { name: new RegExp(events[1]!.title) }));
    await user.click(screen.getByRole('link', { name: new RegExp(events[4]!.title) }));
    window.history.back();
    await screen.findByText(`2 of ${events.length}`);
    expect(current()).toHaveTextContent(events[1]!.title);
  });
});
