import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareButton } from './ShareButton.tsx';

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
});

describe('ShareButton', () => {
  it('opens the share sheet with the page’s address where the browser has one', async () => {
    const share = vi.fn<(data: ShareData) => Promise<void>>(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    window.history.replaceState(null, '', '/?event=raid');
    render(<ShareButton title="A headline" selectedId="raid" />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith({ title: 'A headline', url: window.location.href });
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says when the link could not be copied, and drops the message once the event changes', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const { rerender } = render(<ShareButton title="A headline" selectedId="raid" />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(screen.getByRole('status')).toHaveTextContent('could not be copied');
    rerender(<ShareButton title="A headline" selectedId="talks" />);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
