import { describe, expect, it } from 'vitest';
import { isEmbedSearch } from './embed.ts';

describe('isEmbedSearch', () => {
  it('reads ?embed with or without a value, beside other parameters', () => {
    expect(isEmbedSearch('?embed')).toBe(true);
    expect(isEmbedSearch('?embed=&event=raid')).toBe(true);
    expect(isEmbedSearch('?event=raid&embed&initialWidth=700&childId=briefing')).toBe(true);
  });

  it('is the full page otherwise', () => {
    expect(isEmbedSearch('')).toBe(false);
    expect(isEmbedSearch('?event=raid')).toBe(false);
    expect(isEmbedSearch('?embedded=1')).toBe(false);
  });
});
