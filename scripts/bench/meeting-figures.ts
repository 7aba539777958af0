import type { ChromiumSession } from '../lib/chromium';
import { sendFromPage } from '../lib/ext-message';
import type { Page } from 'playwright-core';
import { budget, repeat, type Figure } from './stats';

type Answer<T> = { ok: boolean; data: T };

/**
 * Logging a meeting on the dashboard's person page (where the recognition card's "Log meeting" leads): from the
 * click on Save until the confirmation shows, which the form shows only after the journal committed the write
 * and the page reloaded the person (its timeline then holds the meeting). Timed inside the page.
 */
export async function meetingFigures(session: ChromiumSession, benchPage: Page, total: number, runs: number): Promise<Figure[]> {
  const list = await sendFromPage<Answer<{ items: { id: string }[] }>>(benchPage, 'people/list', { query: '', limit: 1 });
  const personId = list.data.items[0]?.id;
  if (!personId) throw new Error('no person to log a meeting with');
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/options.html#person/${encodeURIComponent(personId)}/meeting`);
    await page.waitForSelector('#page-meeting-event');
    const times = await repeat(runs, async (run) => {
      const event = `Bench-Messe ${run + 1}`;
      await page.fill('#page-meeting-event', event);
      // A string, not a function: tsx's name helpers do not exist inside the page.
      return (await page.evaluate(`new Promise((resolve, reject) => {
        const status = document.querySelector('[data-testid="meeting-status"]');
        const form = status.closest('form');
        const done = () => status.textContent !== '' && document.body.textContent.includes(${JSON.stringify(event)} + '');
        const check = () => { if (done() && !form.querySelector('#page-meeting-event').value) { obs.disconnect(); resolve(performance.now() - t0); } };
        const obs = new MutationObserver(check);
        obs.observe(document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => reject(new Error('the meeting was not confirmed in 10 s')), 10000);
        const t0 = performance.now();
        form.querySelector('button[type="submit"]').click();
      })`)) as number;
    });
    return [{ group: 'journal', name: `log a meeting on the person page: click Save → committed → shown, ${total.toLocaleString('en')} people`, value: times.median, unit: 'ms', spread: times.spread, runs, budget: budget(times.median, 100, 'ms') }];
  } finally {
    await page.close();
  }
}
