import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/chromium';
import { sendFromPage } from '../../scripts/lib/ext-message';
import { fixture } from './helpers/fixtures';
import { openMessageBox } from './helpers/message-overlay';
import { closedRootTexts, hostRootTypes, NAMING_US } from './helpers/site-sim';
import { HOST_FOCUSED } from '../../scripts/lib/our-hosts';
import { scriptsLoaded } from './helpers/scripts-loaded';

// The draft hint beside the sites' own message boxes (issue 20, item 3) and "Mark follow-up done" in the composer
// (item 4), in real Chromium on fixture pages. Pictures of the hint go to DRAFT_SHOTS when it is set.
const SHOTS = process.env.DRAFT_SHOTS ? resolve(process.env.DRAFT_SHOTS) : undefined;
const shoot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.locator('[data-test="message-box"]').screenshot({ path: resolve(SHOTS, `${name}.png`) });
};
const ask = <T = { ok: boolean; data: any }>(page: Page, type: string, payload: object) => sendFromPage<T>(page, type, payload);


/** The texts of our hints on the page (the closed roots that offer the composer; the profile card does not). */
const hints = async (page: Page, composerWord: string) => (await closedRootTexts(page)).filter((text) => text.includes(composerWord));

const TEMPLATE_DE = 'Hallo Frau Böhm, wir sind in der gleichen Gruppe. Lassen Sie uns vernetzen, da ergeben sich sicher Synergien!';
const PERSONAL_DE = 'Guten Tag Frau Böhm, danke für das Gespräch auf der AUFSCHWUNG-Messe über Zweitlieferanten für Drehteile. Darf ich Ihnen nächste Woche die Zeichnungen schicken?';

describe('Chromium: the draft hint beside the sites\' message boxes', () => {
  let session: ChromiumSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('German on XING: flags a template draft, passes a personal one, suggests by keyboard; the composer closes the follow-up', { timeout: 120_000 }, async () => {
    const xing = fixture('xing', 'profile-2025-de.html');
    session = await launchChromium([{ url: xing.url, file: `xing/${xing.file}` }], { locale: 'de-DE' });
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const site = await session.context.newPage();
    const scripts = await scriptsLoaded(site);
    await site.goto(xing.url);
    const popup = await session.openExtensionPage('popup.html');
    await ask(popup, 'settings/update', { patch: { me: { name: 'Jochen Thiel', company: 'Thiel Drehteile' } } });
    const key = xing.expect.person!.key;
    const name = xing.expect.person!.name as string;
    await expect.poll(async () => (await ask(popup, 'person/get', { platform: 'xing', key })).data.view?.person.id, { timeout: 20_000 }).toBeTruthy();
    const personId = (await ask(popup, 'person/get', { platform: 'xing', key })).data.view.person.id as string;
    expect((await ask(popup, 'meeting/log', { personId, eventName: 'AUFSCHWUNG-Messe', place: 'Frankfurt', at: Date.UTC(2026, 2, 14, 12), notes: 'Zweitlieferant für Drehteile' })).ok).toBe(true);

    // A chat opens over the profile: no hint code until the user is in the box.
    await site.evaluate(openMessageBox, { platform: 'xing' as const, profileHref: xing.url, name });
    await site.waitForTimeout(800);
    expect(scripts()).not.toContain('/draft-hint.js');
    const box = site.locator('[data-test="message-box"] textarea');
    await box.focus();
    await site.keyboard.type(TEMPLATE_DE);
    await expect.poll(async () => (await hints(site, 'Nachricht vorschlagen')).join(''), { timeout: 15_000 }).toContain('Das wirkt wie eine Vorlage');
    const [hint] = await hints(site, 'Nachricht vorschlagen');
    expect(hint).toContain('Kein persönlicher Bezug');
    expect(hint).toMatch(/Ein persönlicherer Vorschlag.*AUFSCHWUNG-Messe/);
    expect(scripts().filter((s) => s === '/draft-hint.js')).toHaveLength(1);
    expect((await hostRootTypes(site)).every((type) => type === 'closed')).toBe(true);
    expect(await site.evaluate(NAMING_US)).toEqual([]);
    await shoot(site, 'draft-hint-de');

    // Keyboard only: Tab leaves the box for the hint (Hide, the suggestion's text, then Use this suggestion); Enter
    // puts the suggestion into the box.
    await site.keyboard.press('Tab');
    expect(await site.evaluate(HOST_FOCUSED)).toBe(true);
    await site.keyboard.press('Tab');
    await site.keyboard.press('Tab');
    await site.keyboard.press('Enter');
    await expect.poll(() => box.inputValue()).toContain('AUFSCHWUNG-Messe');
    // The suggestion is personal: the hint goes.
    await expect.poll(async () => (await hints(site, 'Nachricht vorschlagen')).length, { timeout: 10_000 }).toBe(0);

    // A personal draft of the user's own gets no hint.
    await box.focus();
    await site.keyboard.press('Control+A');
    await site.keyboard.type(PERSONAL_DE);
    await site.waitForTimeout(2000);
    expect(await hints(site, 'Nachricht vorschlagen')).toEqual([]);

    // The composer: Copy, then "Mark follow-up done" closes the meeting's follow-up and notes it in the journal.
    await popup.reload();
    await popup.waitForSelector('.person-name', { timeout: 15_000 });
    await popup.getByRole('button', { name: 'Nachricht vorschlagen' }).click();
    await popup.getByLabel('Wo Sie sich getroffen haben').fill('AUFSCHWUNG-Messe');
    expect(await popup.getByRole('button', { name: 'Follow-up als erledigt markieren' }).count()).toBe(0);
    await popup.getByRole('button', { name: 'Kopieren' }).click();
    await popup.getByRole('button', { name: 'Follow-up als erledigt markieren' }).click();
    await expect.poll(() => popup.locator('.composer [role="status"]').last().innerText()).toContain('Follow-up erledigt');
    const records = (await ask(popup, 'person/records', { personId })).data.records;
    expect(records.reminders.filter((r: { kind: string; state: string }) => r.kind === 'follow-up').map((r: { state: string }) => r.state)).toEqual(['done']);
    expect(records.interactions.map((i: { kind: string }) => i.kind)).toContain('follow-up-done');
    await expect.poll(() => popup.getByRole('button', { name: 'Follow-up als erledigt markieren' }).count()).toBe(0);

    // "Show results only in the popup" takes the hint away at once.
    await box.focus();
    await site.keyboard.press('Control+A');
    await site.keyboard.type(TEMPLATE_DE);
    await expect.poll(async () => (await hints(site, 'Nachricht vorschlagen')).length, { timeout: 15_000 }).toBe(1);
    await ask(popup, 'settings/update', { patch: { inPageBadges: false } });
    await expect.poll(async () => (await hints(site, 'Nachricht vorschlagen')).length, { timeout: 10_000 }).toBe(0);
    await site.keyboard.type(' Noch einmal.');
    await site.waitForTimeout(1500);
    expect(await hints(site, 'Nachricht vorschlagen')).toEqual([]);
    expect(session.extensionRequests).toEqual([]);
  });

  it('English on LinkedIn: the messaging overlay\'s editable box, a template flagged, a personal note passes', { timeout: 90_000 }, async () => {
    const li = fixture('linkedin', 'profile-2026-en.html');
    session = await launchChromium([{ url: li.url, file: `linkedin/${li.file}` }], { locale: 'en-US' });
    const site = await session.context.newPage();
    await site.goto(li.url);
    const name = li.expect.person!.name as string;
    await site.evaluate(openMessageBox, { platform: 'linkedin' as const, profileHref: li.url, name });
    const box = site.locator('[data-test="message-box"] [contenteditable="true"]');
    await box.focus();
    await site.keyboard.type(`Hi ${name.split(' ')[0]}, I came across your profile and I'm looking to expand my network with like-minded professionals. Would love to connect!`);
    await expect.poll(async () => (await hints(site, 'Suggest a message')).join(''), { timeout: 15_000 }).toContain('This reads like a template');
    const [hint] = await hints(site, 'Suggest a message');
    expect(hint).toContain('No personal reference');
    expect(hint).not.toContain('A more personal suggestion'); // nothing in the journal to make one of
    await shoot(site, 'draft-hint-en');
    await box.focus();
    await site.keyboard.press('Control+A');
    await site.keyboard.type(`Hi ${name.split(' ')[0]}, great meeting you at Hannover Messe yesterday. As promised, I'll send the PPAP documentation for the gear shafts next week.`);
    await expect.poll(async () => (await hints(site, 'Suggest a message')).length, { timeout: 10_000 }).toBe(0);
    await site.waitForTimeout(1500);
    expect(await hints(site, 'Suggest a message')).toEqual([]);
  });
});
