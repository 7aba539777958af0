import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/chromium';
import { sendFromPage } from '../../scripts/lib/ext-message';
import { fixture } from './helpers/fixtures';

const received = fixture('xing', 'requests-received-2025-en.html');
const sent = fixture('xing', 'requests-sent-2025-en.html');
const QUERY = { direction: 'all', platform: 'all', band: 'all', state: 'all', sort: 'newest', offset: 0, limit: 100 };
type Answer = { ok: boolean; data: { all: number; items: { request: { id: string; key: string; direction: string }; verdict?: string }[] } };

describe('Chromium: the dashboard Requests view', () => {
  let session: ChromiumSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('lists the requests read on the site, received and sent; a verdict given there is undone by Undo; focus lands on the heading', async () => {
    session = await launchChromium([
      { url: received.url, file: `xing/${received.file}` },
      { url: sent.url, file: `xing/${sent.file}` },
    ]);
    for (const list of [received, sent]) {
      const site = await session.context.newPage();
      await site.goto(list.url);
      await site.waitForTimeout(1000);
      await site.close();
    }
    const expected = received.expect.requests!.length + sent.expect.requests!.length;
    const dash = await session.openExtensionPage('options.html#people');
    await expect.poll(async () => (await sendFromPage<Answer>(dash, 'requests/query', QUERY)).data.all, { timeout: 15_000 }).toBe(expected);

    // From another section, the nav entry opens the view and focus moves to its heading.
    await dash.getByRole('link', { name: 'Requests' }).click();
    await dash.waitForSelector('table.requests tbody tr');
    await expect.poll(() => dash.evaluate(() => document.activeElement?.id)).toBe('requests-heading');
    expect(dash.url()).toMatch(/#requests$/);
    expect(await dash.locator('table.requests tbody tr').count()).toBe(expected);
    const names = await dash.locator('table.requests tbody tr td:first-child strong').allTextContents();
    expect(names).toEqual(expect.arrayContaining([...received.expect.requests!, ...sent.expect.requests!].map((r) => r.name)));

    // Only sent ones, by the direction filter.
    await dash.getByLabel('Direction').selectOption('sent');
    await expect.poll(() => dash.locator('table.requests tbody tr').count()).toBe(sent.expect.requests!.length);
    await dash.getByLabel('Direction').selectOption('all');
    await expect.poll(() => dash.locator('table.requests tbody tr').count()).toBe(expected);

    // A verdict, then Undo: the journal has none again; the notice says what the site did stays.
    const target = received.expect.requests![0]!;
    const row = dash.locator('table.requests tbody tr', { has: dash.locator('strong', { hasText: target.name }) }).first();
    await row.getByRole('button', { name: 'Collector' }).click();
    await expect.poll(() => row.getByRole('button', { name: 'Collector' }).getAttribute('aria-pressed')).toBe('true');
    const verdictOf = async () => (await sendFromPage<Answer>(dash, 'requests/query', { ...QUERY, query: target.name })).data.items.find((i) => i.request.key === target.key)?.verdict;
    expect(await verdictOf()).toBe('collector');
    await dash.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(verdictOf).toBeUndefined();
    await expect.poll(() => row.getByRole('button', { name: 'Collector' }).getAttribute('aria-pressed')).toBe('false');
    expect(await dash.textContent('main')).toContain('What XING or LinkedIn already did (declined, reported, blocked) stays as it is.');
    expect(session.extensionRequests).toEqual([]);
  });
});
