// The data against the source article (source/article.txt, a copy of the shared source).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCitations, allTexts } from './index.ts';

const article = readFileSync(resolve(process.cwd(), 'source/article.txt'), 'utf8');

/** The same normalisation as the newsroom's check-sources tool. */
function normalize(s: string): string {
  return s
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const paragraphs = article
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map(normalize);

/** Words without punctuation, for comparing wording. */
function words(s: string): string[] {
  return normalize(s)
    .replace(/u\.s\./g, 'us')
    .split(/[^a-z0-9áéíóú']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** Runs of `n` consecutive article words, as strings. */
function runs(list: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= list.length; i++) out.add(list.slice(i, i + n).join(' '));
  return out;
}

const COPIED_RUN = 6;

describe('citations against the article', () => {
  it('has the fourteen paragraphs the README numbers', () => {
    expect(paragraphs).toHaveLength(14);
  });

  it.each(allCitations().map((c) => [c.where, c.citation.paragraph] as const))(
    '%s cites a paragraph that exists (¶%i)',
    (_where, paragraph) => {
      expect(paragraph).toBeGreaterThanOrEqual(1);
      expect(paragraph).toBeLessThanOrEqual(paragraphs.length);
    },
  );

  const quoted = allCitations().flatMap(({ where, citation: { paragraph, quote } }) =>
    quote === undefined ? [] : [[where, paragraph, quote] as const],
  );
  it.each(quoted)('%s quotes ¶%i word for word: “%s”', (_where, paragraph, quote) => {
    expect(paragraphs[paragraph - 1]).toContain(normalize(quote));
  });
});

describe('our own words', () => {
  const articleRuns = runs(words(article), COPIED_RUN);

  it.each(allTexts().map((t) => [t.where, t.text] as const))(
    `%s copies no run of ${COPIED_RUN} words from the article outside quotation marks`,
    (_where, text) => {
      const unquoted = text.replace(/“[^”]*”/g, ' … ');
      const copied = [...runs(words(unquoted), COPIED_RUN)].filter((r) => articleRuns.has(r));
      expect(copied).toEqual([]);
    },
  );

  it('would notice a copied sentence', () => {
    const copied = 'The two were later extradited to the U.S. for trial and pleaded not guilty.';
    expect([...runs(words(copied), COPIED_RUN)].some((r) => articleRuns.has(r))).toBe(true);
  });
});
