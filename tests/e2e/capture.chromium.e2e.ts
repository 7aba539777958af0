import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/chromium';
import { sendFromPage } from '../../scripts/lib/ext-message';
import { showInPlace } from '../../scripts/lib/in-page-navigation';
import { FIXTURES_DIR, type ServedPage } from '../../scripts/lib/site-server';
import { appendCardCopyScript, fixture, removeCardScript } from './helpers/fixtures';

const received = fixture('xing', 'requests-received-2025-de.html');
const keys = received.expect.requests!.map((r) => r.key);

async function journal(session: ChromiumSession, page: Page | null, type: string, payload: unknown = {}) {
  return sendFromPage(page ?? (await session.openExtensionPage('popup.html')), type, payload);
}

describe('Chromium: reading request lists into the journal', () => {
  let session: ChromiumSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('captures every request, notices one withdrawn, follows infinite scroll, and writes nothing on a re-read', async () => {
    const served: ServedPage[] = [{ url: received.url, file: `xing/${received.file}` }];
    session = await launchChromium(served);
    const site = await session.context.newPage();
    await site.goto(received.url);
    const ext = await session.openExtensionPage('popup.html');
    const pendingKeys = async () => {
      const res = (await journal(session!, ext, 'requests/pending')) as { ok: boolean; data: { items: { request: { key: string } }[] } };
      return res.data.items.map((i) => i.request.key).sort();
    };
    await expect.poll(pendingKeys, { timeout: 15_000 }).toEqual([...keys].sort());

    // The popup lists them, each with the verdict buttons.
    await ext.reload();
    await ext.getByRole('tab', { name: /Requests/ }).click();
    await ext.getByLabel('Order').selectOption('score'); // one plain list (the default order folds the collectors)
    await expect.poll(() => ext.locator('li.request').count(), { timeout: 10_000 }).toBe(keys.length);

    // The sender withdraws the third request: it is gone from the list on the next visit.
    const gone = keys[2]!;
    expect(await site.evaluate(removeCardScript(`/profile/${gone}`))).toBe(true);
    served[0] = { url: received.url, html: await site.content() };
    await site.reload();
    await expect.poll(pendingKeys, { timeout: 15_000 }).toEqual(keys.filter((k) => k !== gone).sort());
    const stats = (await journal(session, ext, 'journal/stats')) as { data: { counts: Record<string, number> } };
    expect(stats.data.counts.requests).toBe(keys.length);

    // Infinite scroll appends a card: the observer reads it.
    expect(await site.evaluate(appendCardCopyScript(`/profile/${keys.at(-1)!}`, 'Neue_Person', 'Neue Person'))).toBe(true);
    await expect.poll(pendingKeys, { timeout: 15_000 }).toContain('Neue_Person');

    // Reading the same page again adds nothing.
    const before = (await journal(session, ext, 'journal/stats')) as { data: { counts: Record<string, number> } };
    await site.reload();
    await site.waitForTimeout(2000);
    const after = (await journal(session, ext, 'journal/stats')) as { data: { counts: Record<string, number> } };
    expect(after.data.counts).toEqual(before.data.counts);
    expect(session.extensionRequests).toEqual([]);
  });

  it('reads profiles and a growing request list shown by in-page navigation, and a profile rendered after load, counting no failure', async () => {
    const [first, second, late] = ['profile-2025-de.html', 'profile-2025-en.html', 'profile-2019-en.html'].map((file) => fixture('xing', file));
    // The third profile's URL serves an empty app shell, as a single-page app does before it renders.
    const shell = '<!doctype html><html><head><title>XING</title></head><body><main></main></body></html>';
    session = await launchChromium([{ url: first!.url, file: `xing/${first!.file}` }, { url: late!.url, html: shell }]);
    const ext = await session.openExtensionPage('popup.html');
    const known = async (key: string) => {
      const res = (await journal(session!, ext, 'person/get', { platform: 'xing', key })) as { ok: boolean; data: { view: { person: { displayName: string } } | null } };
      return res.data.view?.person.displayName ?? null;
    };
    const show = (page: Page, file: string, path: string | null) => page.evaluate(showInPlace, [readFileSync(resolve(FIXTURES_DIR, 'xing', file), 'utf8'), path] as const);

    const site = await session.context.newPage();
    await site.goto(first!.url);
    await expect.poll(() => known(first!.expect.person!.key), { timeout: 15_000 }).toBe(first!.expect.person!.name);

    // A click on a profile link: the site pushes the new URL and renders the other profile in place.
    await show(site, second!.file, new URL(second!.url).pathname);
    await expect.poll(() => known(second!.expect.person!.key), { timeout: 15_000 }).toBe(second!.expect.person!.name);

    // On to the request list in place: its cards are read, and so is a card that infinite scroll adds to the new list.
    await show(site, received.file, new URL(received.url).pathname);
    const pending = async () => {
      const res = (await journal(session!, ext, 'requests/pending')) as { data: { items: { request: { key: string } }[] } };
      return res.data.items.map((i) => i.request.key).sort();
    };
    await expect.poll(pending, { timeout: 15_000 }).toEqual([...keys].sort());
    expect(await site.evaluate(appendCardCopyScript(`/profile/${keys.at(-1)!}`, 'Spaeter_Gekommen', 'Später Gekommen'))).toBe(true);
    await expect.poll(pending, { timeout: 15_000 }).toContain('Spaeter_Gekommen');

    // A page load whose profile arrives two seconds later (still inside the content script's settle time).
    await site.goto(late!.url);
    await site.waitForTimeout(2000);
    expect(await known(late!.expect.person!.key)).toBeNull();
    await show(site, late!.file, null);
    await expect.poll(() => known(late!.expect.person!.key), { timeout: 15_000 }).toBe(late!.expect.person!.name);
    const stats = (await journal(session, ext, 'journal/stats')) as { data: { diagnostics: { pageType: string; successes: number; failures: number }[] } };
    expect(stats.data.diagnostics.find((d) => d.pageType === 'xing.profile')).toMatchObject({ successes: 3, failures: 0 });
    expect(session.extensionRequests).toEqual([]);
  });

  it('reading a profile makes the page load nothing again (text is read from an inert copy)', async () => {
    const profile = fixture('xing', 'profile-2025-de.html');
    // An image inside the name heading, in a part the reader leaves out: a copy of it in the page's own
    // document would be fetched a second time.
    const probe = 'https://profile-images.xing.com/images/probe-in-name.png';
    const html = readFileSync(resolve(FIXTURES_DIR, 'xing', profile.file), 'utf8').replace('<span data-xds="Flag"', `<img src="${probe}" alt=""><span data-xds="Flag"`);
    expect(html).toContain(probe);
    session = await launchChromium([{ url: profile.url, html }]);
    const ext = await session.openExtensionPage('popup.html');
    const site = await session.context.newPage();
    let fetched = 0;
    site.on('request', (r) => void (r.url() === probe && fetched++));
    await site.goto(profile.url);
    const known = async () => {
      const res = (await journal(session!, ext, 'person/get', { platform: 'xing', key: profile.expect.person!.key })) as { data: { view: unknown } };
      return res.data.view !== null;
    };
    await expect.poll(known, { timeout: 15_000 }).toBe(true);
    expect(fetched).toBe(1);
  });
});
