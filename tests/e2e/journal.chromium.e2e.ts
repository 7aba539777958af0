import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/chromium';
import { sendFromPage } from '../../scripts/lib/ext-message';
import type { ServedPage } from '../../scripts/lib/site-server';

const PROFILE: ServedPage = {
  url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
  file: 'linkedin/real/guest_public-profile_author-own_2024-05.html',
};
// HANDSCHLAG_SHOTS=<dir> keeps screenshots of each step (looked at by hand; the README's come from the demo).
const SHOTS = process.env.HANDSCHLAG_SHOTS;
const shot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`) });
};

type Due = { ok: true; data: { items: { reminder: { id: string; kind: string; notifiedAt?: number; dueAt: number; state: string }; name: string }[] } };

async function openPopup(session: ChromiumSession): Promise<Page> {
  const popup = await session.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 560 });
  return popup;
}

/** Opens the profile in a tab, then the popup once it shows the person read from it. */
async function popupOnProfile(session: ChromiumSession): Promise<Page> {
  const site = await session.context.newPage();
  await site.goto(PROFILE.url);
  const popup = await openPopup(session);
  await expect.poll(async () => {
    await popup.reload();
    return popup.locator('.person-name').textContent({ timeout: 2000 }).catch(() => null);
  }, { timeout: 20_000 }).toBe('Eduardo Alvarez Nowak');
  return popup;
}

/** Logs a meeting through the popup's form, by keyboard where a user would type. */
async function logMeeting(popup: Page, event: string) {
  await popup.getByRole('button', { name: 'Log meeting' }).click();
  await popup.getByLabel('Event').fill(event);
  await popup.getByLabel('What you talked about').fill('Talked about supplier audits.');
  await popup.getByLabel('Add tags (separated by commas)').fill('messe, supplier');
  await popup.getByLabel('I helped them').check();
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => popup.getByTestId('meeting-status').textContent(), { timeout: 10_000 }).toMatch(/^Meeting saved\. A follow-up reminder is set for /);
}

describe('Chromium: the networker journal', () => {
  let session: ChromiumSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('logs a meeting on a profile, shows it on the next visit, and the reminder fires once, survives a stopped worker, snoozes and is done', async () => {
    session = await launchChromium([PROFILE]);
    let popup = await popupOnProfile(session);

    // A follow-up a few seconds after the meeting instead of two days.
    await sendFromPage(popup, 'settings/update', { patch: { followUpDays: 6 / 86_400 } });
    await logMeeting(popup, 'AUFSCHWUNG-Messe');
    await shot(popup, 'popup-meeting-saved');

    // Reopened: the card recognises the person.
    await popup.close();
    popup = await openPopup(session);
    await expect.poll(() => popup.getByTestId('recognition').textContent(), { timeout: 10_000 }).toMatch(/^Met at AUFSCHWUNG-Messe on [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    await expect(popup.getByTestId('recognition').textContent()).resolves.toMatch(/Follow-up due/);
    await shot(popup, 'popup-recognition');

    // The alarm fires: the reminder is announced once (marked in the journal) and waits in the Due tab.
    const due = () => sendFromPage<Due>(popup, 'reminders/due', { horizon: Date.now() + 86_400_000 });
    await expect.poll(async () => (await due()).data.items[0]?.reminder.notifiedAt, { timeout: 30_000, interval: 1000 }).toBeGreaterThan(0);
    const first = (await due()).data.items[0]!.reminder;

    // A second meeting, then the worker is stopped before its reminder is due: the alarm wakes a new worker. Meeting
    // again settles the first follow-up: one open follow-up per person, the newest meeting's.
    await popup.reload();
    await logMeeting(popup, 'Kundentag Köln');
    const cdp = await session.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const announced = async () => (await due()).data.items.filter((i) => i.reminder.notifiedAt).map((i) => i.reminder);
    await expect.poll(async () => (await announced()).map((r) => r.id !== first.id), { timeout: 30_000, interval: 1000 }).toEqual([true]);
    const second = (await announced())[0]!;
    // Never twice: the worker stopped again, the notice time does not change.
    await cdp.send('ServiceWorker.stopAllWorkers');
    await popup.waitForTimeout(2000);
    expect((await announced()).map((r) => [r.id, r.notifiedAt])).toEqual([[second.id, second.notifiedAt]]);

    await popup.reload();
    await popup.getByRole('tab', { name: /Due/ }).click();
    await expect.poll(() => popup.locator('li.due').count(), { timeout: 10_000 }).toBe(1);
    await shot(popup, 'popup-due');
    await popup.locator('li.due').first().getByRole('button', { name: /Tomorrow/ }).click();
    await expect.poll(() => popup.getByRole('heading', { name: 'Coming up' }).count(), { timeout: 10_000 }).toBe(1);
    await popup.getByRole('button', { name: /Mark the reminder about Eduardo Alvarez Nowak as done/ }).first().click();
    const open = () => sendFromPage<Due>(popup, 'reminders/due', { horizon: Date.now() + 8 * 86_400_000 });
    await expect.poll(async () => (await open()).data.items.filter((i) => i.reminder.kind === 'follow-up').length, { timeout: 10_000 }).toBe(0);

    // The person page shows the whole timeline.
    const person = await sendFromPage<{ data: { view: { person: { id: string } } } }>(popup, 'person/get', { platform: 'linkedin', key: 'eduardo-alvarez-nowak' });
    const dashboard = await session.openExtensionPage(`options.html#person/${person.data.view.person.id}`);
    await expect.poll(() => dashboard.locator('[data-testid="timeline"] li').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
    const timeline = await dashboard.getByTestId('timeline').textContent();
    expect(timeline).toContain('Met at AUFSCHWUNG-Messe');
    expect(timeline).toContain('Met at Kundentag Köln');
    expect(timeline).toContain('Followed up');
    expect(timeline).toContain('Profile first read on LinkedIn');
    await shot(dashboard, 'dashboard-person');
    expect(session.extensionRequests).toEqual([]);
  });

  it('logs a meeting by keyboard alone, in German: into the form, through it, and focus kept after saving', async () => {
    session = await launchChromium([PROFILE], { locale: 'de-DE', colorScheme: 'dark' });
    const popup = await popupOnProfile(session);
    const focused = () => popup.evaluate(() => (document.activeElement as HTMLElement | null)?.id || document.activeElement?.textContent?.trim() || '');
    // Tab from the top of the popup to "Treffen notieren": dashboard link, search, the selected tab, the profile link.
    for (let i = 0; i < 5; i++) await popup.keyboard.press('Tab');
    expect(await focused()).toBe('Treffen notieren');
    await popup.keyboard.press('Enter');
    expect(await focused()).toBe('popup-meeting-event');
    await popup.keyboard.type('Kundentag Köln');
    for (let i = 0; i < 8 && (await focused()) !== 'popup-meeting-place'; i++) await popup.keyboard.press('Tab'); // the date's own fields
    expect(await focused()).toBe('popup-meeting-place');
    await popup.keyboard.type('Köln');
    await popup.keyboard.press('Tab');
    await popup.keyboard.type('Über Lieferketten gesprochen.');
    await popup.keyboard.press('Tab');
    await popup.keyboard.type('kunde');
    for (let i = 0; i < 3; i++) await popup.keyboard.press('Tab');
    expect(await focused()).toBe('Speichern');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('meeting-status').textContent(), { timeout: 10_000 }).toMatch(/^Treffen gespeichert\./);
    expect(await focused()).toBe('Speichern');
    await expect.poll(() => popup.getByTestId('recognition').textContent(), { timeout: 10_000 }).toMatch(/^Getroffen: Kundentag Köln, \d{1,2}\. [A-Z][a-zä]+\.? \d{4} in Köln/);
    await shot(popup, 'popup-keyboard-meeting-dark-de');
  });
});
