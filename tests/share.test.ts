// Share: where the browser has no Web Share API, the button copies the link to the event
// the reader is on, and says so in a visible, announced message.
import { describe, expect, it } from 'vitest';
import { events } from '../src/data/index.ts';
import { setUpBriefing } from './support/harness.ts';

const app = setUpBriefing();

describe('Share', () => {
  it('copies the link with the selected event and says so', async () => {
    const event = events.at(-1)!;
    // Waits for the live map, so React has taken over the prerendered page (a click on the
    // prerendered button before that would do nothing).
    const { page, context } = await app.open(`?event=${event.id}`, {
      beforeGoto: async (p) => {
        // Desktop Chromium on Linux has no navigator.share; make sure of it.
        await p.addInitScript(() => {
          Reflect.deleteProperty(Navigator.prototype, 'share');
        });
      },
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(app.url()).origin,
    });
    const share = page.getByRole('button', { name: 'Share' });
    await share.click();

    const message = page.getByRole('status').filter({ hasText: 'Link copied' });
    await message.waitFor();
    expect(await message.isVisible()).toBe(true);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(app.url(`?event=${event.id}`));
  });
});
