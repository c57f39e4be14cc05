import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getEvent, sections, sectionsOfEvent } from '../../data/index.ts';
import { selectEvent, useSelection } from '../../state/useSelection.ts';
import { Story } from './Story.tsx';

function Harness() {
  const { selection, select } = useSelection();
  return <Story selection={selection} onSelect={select} />;
}

describe('Story', () => {
  it('tells every section with its sources', () => {
    render(<Harness />);
    for (const section of sections) {
      const region = screen.getByRole('region', { name: section.heading });
      expect(within(region).getByText(/^Sources?:$/)).toBeInTheDocument();
    }
    expect(screen.getByRole('region', { name: 'Glossary' })).toBeInTheDocument();
  });

  it('shows quotes in quotation marks with their paragraph', () => {
    render(<Harness />);
    const raid = screen.getByRole('region', { name: 'Six days earlier: the raid' });
    const quote = within(raid).getByText('Operation Absolute Resolve', { selector: 'q' });
    expect(quote.closest('.citation')).toHaveTextContent(/4/);
  });

  it('selects an event from its link and highlights the section that tells it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('link', { name: 'January 8' }));
    expect(window.location.search).toBe('?event=bus-search');
    const home = sectionsOfEvent('bus-search')[0]!;
    expect(screen.getByRole('region', { name: home.heading })).toHaveAttribute('data-highlighted');
    expect(screen.getByRole('link', { name: 'January 8' })).toHaveAttribute('aria-current', 'true');
    const others = sections.filter((s) => s.id !== home.id);
    for (const s of others)
      expect(screen.getByRole('region', { name: s.heading })).not.toHaveAttribute(
        'data-highlighted',
      );
  });

  it('links are real, shareable addresses', () => {
    render(<Harness />);
    const link = screen.getByRole('link', { name: 'January 3' });
    expect(link).toHaveAttribute('href', '?event=raid');
    expect(getEvent('raid')).toBeDefined();
  });
});

describe('Story and the selection', () => {
  it('never scrolls when the selection moves, and marks the passage that links the event', () => {
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    render(<Harness />);
    act(() => selectEvent('tanker-seized'));
    expect(scroll).not.toHaveBeenCalled();
    const link = screen.getByRole('link', { current: true });
    expect(link.closest('p')).toHaveAttribute('data-current');
    expect(link.closest('p')).toHaveAttribute(
      'data-passage',
      expect.stringContaining('tanker-seized'),
    );
    expect(document.querySelectorAll('p[data-current]')).toHaveLength(
      sections.flatMap((s) => s.body).filter((p) => p.includes('](tanker-seized)')).length,
    );
    scroll.mockRestore();
  });
});
