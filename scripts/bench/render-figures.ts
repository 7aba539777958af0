import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../lib/chromium';
import { repeat, type Figure } from './stats';

/** Milliseconds from navigation start until `selector` is in the page (read inside the page, not by polling from outside). */
async function firstRender(session: ChromiumSession, path: string, selector: string): Promise<number> {
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/${path}`);
    // A string, not a function: tsx's name helpers do not exist inside the page.
    return (await page.evaluate(`new Promise((resolve) => {
      const sel = ${JSON.stringify(selector)};
      if (document.querySelector(sel)) return resolve(performance.now());
      new MutationObserver((_r, obs) => {
        if (document.querySelector(sel)) { obs.disconnect(); resolve(performance.now()); }
      }).observe(document, { childList: true, subtree: true });
    })`)) as number;
  } finally {
    await page.close();
  }
}

/** Popup and dashboard first render against the real journal filled with n people (one pending request each). */
export async function renderFigures(session: ChromiumSession, benchPage: Page, n: number, runs: number): Promise<Figure[]> {
  await benchPage.evaluate(
    ([count]) => (globalThis as unknown as { __hsBench: { journalWrite(a: string, b: number, c: number): Promise<unknown> } }).__hsBench.journalWrite('handschlag-journal', count, 1),
    [n] as const,
  );
  const popup = await repeat(runs, () => firstRender(session, 'popup.html', 'li.request, .panel .empty'));
  const dashboard = await repeat(runs, () => firstRender(session, 'options.html#people', 'table.data tbody tr'));
  const label = n.toLocaleString('en');
  return [
    { group: 'render', name: `popup first render with requests, ${label} people`, value: popup.median, unit: 'ms', spread: popup.spread, runs },
    { group: 'render', name: `dashboard people list first render, ${label} people`, value: dashboard.median, unit: 'ms', spread: dashboard.spread, runs },
  ];
}
