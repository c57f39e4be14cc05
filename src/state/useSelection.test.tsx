import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { events } from '../data/index.ts';
import { selectedIdOf } from './selection.ts';
import { currentUrl, useSelection, writeAddressNow } from './useSelection.ts';

const [first, second, third] = events.map((e) => e.id);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useSelection: the selection lives in the address', () => {
  it('a step shows at once and is written into the same history entry once its frame is painted', async () => {
    const start = window.history.length;
    const replace = vi.spyOn(window.history, 'replaceState');
    const { result } = renderHook(() => useSelection());
    act(() => result.current.step(1));
    act(() => result.current.step(1));
    // Both steps are on the page before the address says so: a step does not wait for it.
    expect(selectedIdOf(result.current.selection)).toBe(second);
    expect(window.location.search).toBe('');
    await waitFor(() => expect(window.location.search).toBe(`?event=${second}`));
    // Written once, for the last of the steps, with no new entry.
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.history.length).toBe(start);
  });

  it('a jump right after a step leaves the step in the entry it leaves, then adds its own', () => {
    const calls: string[] = [];
    vi.spyOn(window.history, 'replaceState').mockImplementation((_s, _t, url) => {
      calls.push(`replace ${String(url)}`);
    });
    vi.spyOn(window.history, 'pushState').mockImplementation((_s, _t, url) => {
      calls.push(`push ${String(url)}`);
    });
    const { result } = renderHook(() => useSelection());
    act(() => result.current.step(1));
    act(() => result.current.select(third!));
    expect(calls).toEqual([`replace /?event=${first}`, `push /?event=${third}`]);
  });

  it('Back or Forward before a step is written wins: the entry moved to is shown, and kept', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    const { result } = renderHook(() => useSelection());
    act(() => result.current.step(1));
    expect(selectedIdOf(result.current.selection)).toBe(first);
    // The browser has moved to another entry (here, the one the page is on).
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(selectedIdOf(result.current.selection)).toBeNull();
    writeAddressNow();
    expect(replace).not.toHaveBeenCalled();
    expect(window.location.search).toBe('');
  });

  it('a link to share is the address of what is shown, written or not', () => {
    const { result } = renderHook(() => useSelection());
    act(() => result.current.step(1));
    expect(currentUrl()).toBe(`${window.location.origin}/?event=${first}`);
  });
});
