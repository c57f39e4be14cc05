// The tests read the expected data from src/data; a dist/ built from older data would fail
// them all in confusing ways, so this says plainly that the build is stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { briefingExport } from '../../src/data/index.ts';
import { assertBuilt, DIST_DIR } from './server.ts';

export function assertBuildMatchesData(): void {
  assertBuilt();
  const built: unknown = JSON.parse(readFileSync(join(DIST_DIR, 'briefing.json'), 'utf8'));
  const current: unknown = JSON.parse(JSON.stringify(briefingExport()));
  if (!isDeepStrictEqual(built, current))
    throw new Error(
      'dist/briefing.json differs from src/data: dist/ is stale, run `vite build` first',
    );
}
