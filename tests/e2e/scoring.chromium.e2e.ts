import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/chromium';
import { fixture } from './helpers/fixtures';

const xing = fixture('xing', 'requests-received-2025-de.html');
const linkedin = fixture('linkedin', 'invitations-received-2024-en.html');

/** name → score as the popup shows them. */
async function shownScores(popup: Page): Promise<Map<string, number>> {
  await popup.reload();
  await popup.getByRole('tab', { name: /Requests/ }).click();
  // One plain list, highest score first (the default order folds the likely collectors away).
  await popup.getByLabel('Order').selectOption('score');
  await popup.waitForSelector('li.request .badge');
  const rows = await popup.locator('li.request').evaluateAll((items) =>
    items.map((li) => [li.querySelector('.request-head strong')?.textContent ?? '', li.querySelector('.badge')?.textContent ?? ''] as const),
  );
  return new Map(rows.map(([name, badge]) => [name, Number(/(\d+)\s*$/.exec(badge)?.[1])]));
}

describe('Chromium: scores and verdicts in the popup', () => {
  let session: ChromiumSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('shows captured requests with band, score and reasons, and a verdict given there changes later scores', async () => {
    session = await launchChromium([
      { url: xing.url, file: `xing/${xing.file}` },
      { url: linkedin.url, file: `linkedin/${linkedin.file}` },
    ]);
    const site = await session.context.newPage();
    await site.goto(xing.url);
    const popup = await session.openExtensionPage('popup.html');
    const total = xing.expect.requests!.length;
    await expect.poll(async () => (await shownScores(popup)).size, { timeout: 15_000 }).toBe(total);

    // Highest score first, every request with a band badge (text, not colour alone) and its reasons.
    const before = await shownScores(popup);
    const values = [...before.values()];
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(await popup.locator('li.request .badge').first().textContent()).toMatch(/Collector\? \d+/);
    expect(await popup.locator('li.request').first().locator('.reasons li').count()).toBeGreaterThan(0);
    // The text model's reason, with its quoted phrases, on the requests that came with a note.
    expect(await popup.locator('li.request .reasons li', { hasText: /Reads like (?:mass outreach|a personal note): “.+”/ }).count()).toBeGreaterThan(0);

    // The user marks the top requests as collectors in the popup ...
    const marked = [...before.keys()].slice(0, 2);
    for (const name of marked) {
      const card = popup.locator('li.request', { hasText: name });
      await card.getByRole('button', { name: 'Collector', exact: true }).click();
      await expect.poll(() => card.getByRole('button', { name: 'Collector', exact: true }).getAttribute('aria-pressed')).toBe('true');
    }
    // ... and requests read later are scored with what the user taught.
    await site.goto(linkedin.url);
    await expect.poll(async () => (await shownScores(popup)).size, { timeout: 15_000 }).toBe(total + linkedin.expect.requests!.length);
    const withVerdicts = await shownScores(popup);
    const learned = await popup.locator('li.request .reasons li', { hasText: /marked as collector/ }).count();
    expect(learned).toBeGreaterThan(0);

    // Forgetting the verdicts (clicking again) takes their effect back.
    for (const name of marked) await popup.locator('li.request', { hasText: name }).getByRole('button', { name: 'Collector', exact: true }).click();
    await expect.poll(async () => popup.locator('li.request .reasons li', { hasText: /marked as collector/ }).count(), { timeout: 10_000 }).toBe(0);
    const forgotten = await shownScores(popup);
    const changed = [...withVerdicts].filter(([name, v]) => forgotten.get(name) !== v);
    expect(changed.length).toBeGreaterThan(0);
    for (const [name, v] of changed) expect(forgotten.get(name)!).toBeLessThan(v);
    expect(session.extensionRequests).toEqual([]);
  });
});
