// Issue 13, break 7: a 300-character unbroken name pushed the popup to 2,195 px and the dashboard to 4,666 px.
// The real components (rendered with the English strings) and the real theme, laid out in real Chromium.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { h, render, type ComponentChild } from 'preact';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { PeopleTable } from '../../components/dashboard/PeopleTable';
import { I18nProvider } from '../../components/i18n';
import { PersonCard } from '../../components/PersonCard';
import { DEFAULT_TRIAGE } from '../../components/popup/triage';
import { RequestList } from '../../components/popup/RequestList';
import { translatorFromMessages } from '../../utils/i18n';
import type { Person } from '../../utils/model/people';

const ROOT = resolve(import.meta.dirname, '../..');
const CSS = readFileSync(resolve(ROOT, 'components/theme.css'), 'utf8');
const t = translatorFromMessages(JSON.parse(readFileSync(resolve(ROOT, 'public/_locales/en/messages.json'), 'utf8')));
const LONG = `Jana${'x'.repeat(296)}`;
const TOKEN = '7'.repeat(2000);

/** The component's markup, rendered in happy-dom (preact needs a document). */
function markup(node: ComponentChild): string {
  const window = new Window();
  const saved = globalThis.document;
  globalThis.document = window.document as unknown as Document;
  try {
    const root = window.document.createElement('div');
    render(h(I18nProvider, { value: t }, node), root as unknown as Element);
    return root.innerHTML;
  } finally {
    globalThis.document = saved;
  }
}

const person: Person = { v: 1, id: 'p', displayName: LONG, headline: TOKEN.slice(0, 500), tags: [], notes: '', createdAt: 0, updatedAt: 0 };
const popup = [
  markup(h(PersonCard, { person, identities: [{ v: 1, id: 'xing:k', platform: 'xing', key: 'k', personId: 'p', url: 'https://www.xing.com/profile/k', firstSeenAt: 0, lastSeenAt: 0 }], locale: 'en' })),
  markup(
    h(RequestList, {
      items: [{ id: 'r', platform: 'xing', name: LONG, headline: TOKEN.slice(0, 500), note: TOKEN, profileUrl: 'https://www.xing.com/profile/k', seenAt: 0 }],
      total: 1,
      options: DEFAULT_TRIAGE,
      now: 0,
      locale: 'en',
      onOptions: () => {},
      onVerdict: () => {},
      onOpenDashboard: () => {},
    }),
  ),
].join('');
const dashboard = markup(h(PeopleTable, { items: [person, { ...person, id: 'q', displayName: TOKEN.slice(0, 500) }], total: 2, offset: 0, query: '', locale: 'en', onQuery: () => {}, onOffset: () => {}, onAdd: async () => {} }));

describe('long unbroken strings wrap, the whole text stays there (break 7)', () => {
  it('popup and dashboard keep their width in Chromium', async () => {
    const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      mkdirSync(resolve(ROOT, '.tmp'), { recursive: true });
      const width = async (html: string, viewport: number, shot: string) => {
        await page.setViewport({ width: viewport, height: 800 });
        await page.setContent(`<!doctype html><html><head><style>${CSS}</style></head><body>${html}</body></html>`);
        await page.screenshot({ path: resolve(ROOT, '.tmp', shot) as `${string}.png` });
        return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, text: document.body.textContent ?? '' }));
      };
      const inPopup = await width(`<div class="popup">${popup}</div>`, 420, 'long-strings-popup.png');
      expect(inPopup.scroll).toBeLessThanOrEqual(420);
      expect(inPopup.text).toContain(LONG);
      const inDashboard = await width(`<div class="dashboard"><main>${dashboard}</main></div>`, 1280, 'long-strings-dashboard.png');
      expect(inDashboard.scroll).toBeLessThanOrEqual(1280);
      expect(inDashboard.text).toContain(LONG);
    } finally {
      await browser.close();
    }
  });
});
