import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/chromium';
import { sendFromPage } from '../../scripts/lib/ext-message';
import { fixture } from './helpers/fixtures';
import { keptStorageKey, popupKeptKey } from '../../utils/messaging/kept';
import { POPUP_LIMIT } from '../../utils/messaging/limits';

const xing = fixture('xing', 'requests-received-2025-en.html');

// The browser forgets the toolbar's count when it restarts (w3c/webextensions#249); the worker shows it again as the
// browser starts, before any page or popup asks it anything, from the count kept since the last write (as it keeps
// the popup's answer).
describe('Chromium: a browser restart', () => {
  let session: ChromiumSession | undefined;
  const profile = mkdtempSync(join(tmpdir(), 'handschlag-restart-'));
  afterEach(async () => {
    await session?.close();
    session = undefined;
    rmSync(profile, { recursive: true, force: true });
  });

  it('shows the flagged count on the toolbar again without a page or the popup opened, and the popup the same cards from its kept answer', async () => {
    session = await launchChromium([{ url: xing.url, file: `xing/${xing.file}` }], { profile });
    const site = await session.context.newPage();
    await site.goto(xing.url);
    const page = await session.openExtensionPage('options.html');
    const flagged = async () => {
      const res = (await sendFromPage(page, 'requests/pending', {})) as { data: { items: { score?: { band: string } }[] } };
      return res.data.items;
    };
    await expect.poll(async () => (await flagged()).filter((p) => p.score).length, { timeout: 15_000 }).toBe(xing.expect.requests!.length);
    const collectors = (await flagged()).filter((p) => p.score?.band === 'collector').length;
    expect(collectors).toBeGreaterThan(0);
    const worker = () => session!.context.serviceWorkers()[0]!;
    const badgeText = () => worker().evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
    await expect.poll(badgeText, { timeout: 10_000 }).toBe(String(collectors));
    const shown = async () => {
      const popup = await session!.openExtensionPage('popup.html');
      await popup.locator('li.request').first().waitFor();
      return popup.locator('li.request').evaluateAll((items) => items.map((li) => li.getAttribute('aria-label')));
    };
    const before = await shown();
    await session.close();

    session = await launchChromium([{ url: xing.url, file: `xing/${xing.file}` }], { profile });
    await expect.poll(badgeText, { timeout: 15_000 }).toBe(String(collectors));
    // The popup's answer, kept across the restart, is back where the popup reads it without asking the worker.
    const keptPopup = () =>
      worker().evaluate(async (name) => {
        const { chrome } = globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, { answer?: { total?: number } }>> } } } };
        return (await chrome.storage.session.get(name))[name]?.answer?.total;
      }, keptStorageKey(popupKeptKey(POPUP_LIMIT)));
    expect(await keptPopup()).toBe(xing.expect.requests!.length);
    expect(await shown()).toEqual(before);
  });
});
