// The JavaScript budgets of the built site, from the files alone (deterministic, no
// browser): a change that makes the page wait for scripts, or the first interaction or the
// whole site heavier than its budget, fails here. npm run bench measures the rest.
import { describe, expect, it } from 'vitest';
import { BUDGETS, jsCost, kb } from '../scripts/budget.ts';
import { DIST_DIR } from './support/server.ts';

describe('JavaScript budgets (gzip)', () => {
  const cost = jsCost(DIST_DIR);
  const files = cost.files.map((f) => `${f.name} ${kb(f.gzip)}`).join(', ');

  it('needs none before the page is readable', () => {
    expect(cost.beforeReadable, `${files}`).toBe(BUDGETS.beforeReadable);
  });

  it(`needs at most ${kb(BUDGETS.firstInteraction)} for the first interaction`, () => {
    expect(cost.firstInteraction, `${files}`).toBeLessThanOrEqual(BUDGETS.firstInteraction);
  });

  it(`ships at most ${kb(BUDGETS.all)} in all`, () => {
    expect(cost.all, `${files}`).toBeLessThanOrEqual(BUDGETS.all);
  });
});
