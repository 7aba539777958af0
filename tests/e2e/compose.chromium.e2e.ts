import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/chromium';
import { sendFromPage } from '../../scripts/lib/ext-message';
import { fixture } from './helpers/fixtures';
import { openMessageBox } from './helpers/message-overlay';

// The composer in real Chromium, used by keyboard only: German on a XING profile, English on a LinkedIn
// profile. Screenshots go to COMPOSE_SHOTS (README uses docs/screenshots) when it is set.
const SHOTS = process.env.COMPOSE_SHOTS ? resolve(process.env.COMPOSE_SHOTS) : undefined;
const shoot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });
};

/** Presses Tab until `target` has the focus (keyboard only: no clicks). */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${String(target)} with Tab`);
}

async function openComposer(session: ChromiumSession, url: string, locale: 'de' | 'en') {
  const popup = await session.openExtensionPage('popup.html');
  await sendFromPage(popup, 'settings/update', { patch: { me: { name: 'Jochen Thiel', company: 'Thiel Drehteile' } } });
  await popup.reload();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.waitForSelector('.person-name', { timeout: 15_000 });
  await tabTo(popup, popup.getByRole('button', { name: locale === 'de' ? 'Nachricht vorschlagen' : 'Suggest a message' }));
  await popup.keyboard.press('Enter');
  await popup.waitForSelector('.composer');
  expect(url).toBeTruthy();
  return popup;
}

describe('Chromium: the composer', () => {
  let session: ChromiumSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('German on XING: suggestions after a meeting, keyboard only, insert into the right box only', { timeout: 90_000 }, async () => {
    const xing = fixture('xing', 'profile-2025-de.html');
    session = await launchChromium([{ url: xing.url, file: `xing/${xing.file}` }], { locale: 'de-DE' });
    const site = await session.context.newPage();
    await site.goto(xing.url);
    const popup = await openComposer(session, xing.url, 'de');
    const name = xing.expect.person!.name as string;

    // Occasion "Nach einem Treffen" is preselected; type where they met.
    await tabTo(popup, popup.getByLabel('Wo Sie sich getroffen haben'));
    await popup.keyboard.type('AUFSCHWUNG-Messe 2026');
    await tabTo(popup, popup.getByLabel('Ihre Notizen (der erste Punkt wird verwendet)'));
    await popup.keyboard.type('Zweitlieferant für Drehteile; schickt Zeichnungen');
    const text = popup.getByLabel('Ihre Nachricht (frei bearbeitbar)');
    await expect.poll(() => text.inputValue()).toContain('auf der AUFSCHWUNG-Messe 2026');
    expect(await text.inputValue()).toMatch(/^Guten Tag Annika Böhm,\n/);
    // XING Basic: no note with a request, said plainly; counter against the message limit.
    await expect.poll(() => popup.locator('.composer').innerText()).toContain('Mit XING Basic lässt sich einer Kontaktanfrage keine Notiz beifügen');
    expect(await popup.locator('#compose-counter').innerText()).toMatch(/^[\d.]+ von 8\.000 Zeichen/);
    expect(await popup.locator('.lint-summary').innerText()).toContain('persönliche Nachricht');
    // Variant 2 with the arrow keys in the radio group.
    await tabTo(popup, popup.getByRole('radio', { name: 'Vorschlag 1' }));
    await popup.keyboard.press('ArrowDown');
    await expect.poll(() => text.inputValue()).toContain('kennengelernt');
    await shoot(popup, 'composer-de');

    // A template draft is flagged, with what is missing and a better suggestion; a personal one passes.
    await tabTo(popup, text);
    await popup.keyboard.press('Control+A');
    await popup.keyboard.type('Hallo Frau Böhm, wir sind in der gleichen Gruppe. Lassen Sie uns vernetzen, da ergeben sich sicher Synergien!');
    await expect.poll(() => popup.locator('.lint-summary').innerText()).toContain('Das wirkt wie eine Vorlage');
    expect(await popup.locator('.lint').innerText()).toMatch(/Was noch fehlt[\s\S]*Kein persönlicher Bezug/);
    await shoot(popup, 'composer-de-template');
    await tabTo(popup, popup.getByRole('button', { name: 'Diesen Vorschlag verwenden' }));
    await popup.keyboard.press('Enter');
    await expect.poll(() => text.inputValue()).toContain('AUFSCHWUNG-Messe');
    expect(await popup.locator('.lint-summary').innerText()).toContain('persönliche Nachricht');

    // Insert: refused while the open box belongs to someone else, then filled in the box of this person.
    await site.evaluate(openMessageBox, { platform: 'xing' as const, profileHref: 'https://www.xing.com/profile/Jana_Schmidt', name: 'Jana Schmidt' });
    const insert = popup.getByRole('button', { name: 'Einfügen' });
    await tabTo(popup, insert);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.composer [role="status"]').last().innerText()).toContain(`gehört zu Jana Schmidt, nicht zu ${name}`);
    expect(await site.locator('[data-test="message-box"] textarea').inputValue()).toBe('');
    await site.evaluate(() => document.querySelector('[data-test="message-box"]')!.remove());
    await site.evaluate(openMessageBox, { platform: 'xing' as const, profileHref: xing.url, name });
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.composer [role="status"]').last().innerText()).toContain(`In das Nachrichtenfeld von ${name} eingefügt`);
    const inserted = await site.locator('[data-test="message-box"] textarea').inputValue();
    expect(inserted).toBe(await text.inputValue());
    await shoot(site, 'composer-de-inserted-page');
  });

  it('English on LinkedIn: a 200-character note, a lint warning, copy', { timeout: 90_000 }, async () => {
    const li = fixture('linkedin', 'profile-2026-en.html');
    session = await launchChromium([{ url: li.url, file: `linkedin/${li.file}` }], { locale: 'en-US' });
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const site = await session.context.newPage();
    await site.goto(li.url);
    const popup = await openComposer(session, li.url, 'en');
    await tabTo(popup, popup.getByLabel('Where you met'));
    await popup.keyboard.type('Hannover Messe');
    const text = popup.getByLabel('Your message (edit freely)');
    await expect.poll(() => text.inputValue()).toContain('at Hannover Messe');
    expect(await popup.locator('#compose-counter').innerText()).toMatch(/^\d+ of 200 characters/);
    expect((await text.inputValue()).length).toBeLessThanOrEqual(200);
    await shoot(popup, 'composer-en');

    // Too long: the counter says so and Copy is disabled.
    await tabTo(popup, text);
    await popup.keyboard.press('End');
    await popup.keyboard.type(' I also wanted to tell you about our whole product range in great detail, because it is large.'.repeat(2));
    await expect.poll(() => popup.locator('#compose-counter').innerText()).toMatch(/characters too long/);
    expect(await popup.getByRole('button', { name: 'Copy' }).isDisabled()).toBe(true);
    await shoot(popup, 'composer-en-too-long');

    // Back to a suggestion by keyboard, then Copy.
    // With no suggestion chosen (the text was edited), Tab stops on the group's first radio; an arrow picks the next.
    await tabTo(popup, popup.getByRole('radio', { name: 'Suggestion 1' }));
    await popup.keyboard.press('ArrowDown');
    await expect.poll(() => popup.locator('#compose-counter').innerText()).not.toMatch(/too long/);
    await tabTo(popup, popup.getByRole('button', { name: 'Copy' }));
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.composer [role="status"]').last().innerText()).toContain('Copied');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(await text.inputValue());
  });
});
