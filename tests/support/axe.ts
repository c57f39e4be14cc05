// Runs axe-core in a page against WCAG 2.0/2.1/2.2 A and AA, and describes what it finds.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
  readonly count: number;
}

export interface AxeSummary {
  readonly violations: readonly AxeViolation[];
  readonly passes: number;
}

/** Injects axe-core and runs the WCAG A/AA rules on the whole document. */
export async function runAxe(page: Page): Promise<AxeSummary> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does
  // not govern (a <script> tag would be blocked as inline script, as it should be).
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as {
      axe: { run(ctx: Document, options: object): Promise<AxeResults> };
    };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return {
      violations: results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? 'unknown',
        help: v.help,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        count: v.nodes.length,
      })),
      passes: results.passes.length,
    };
  }, WCAG_TAGS);
}

/** One line per violation: id, impact, help, and the first few elements. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `  ${v.id} (${v.impact}): ${v.help} — ${v.count} element(s), e.g. ${v.targets.join(' | ')}`,
    )
    .join('\n');
}
