// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cardMemo, type CardMemo, type ChangeFeed } from '../../../utils/platforms/card-memo';
import type { PageParse, ParseContext } from '../../../utils/platforms/facts';
import { parseAnyPage } from '../../../utils/platforms/parse-page';
import { growthWatcher, type GrowthWatcher } from '../../../utils/platforms/common/actions/page-watch';
import { createMount } from '../../../utils/platforms/common/actions/inpage-host';
import type { ScriptLifetime } from '../../../utils/platforms/common/actions/page-context';

// The card memo with the page's change feed (the growth watcher's MutationObserver) on the live document: a card
// nothing changed in is trusted without comparing its text, and every way a card's text can change makes it read
// again, so each pass gives exactly what a plain parse of the page gives.

const URL = 'https://www.xing.com/contacts/requests';
// Without its stylesheets and scripts (happy-dom would try to load them).
const HTML = readFileSync(join(__dirname, '../../fixtures/xing/requests-received-2025-de.html'), 'utf8').replace(/<link\b[^>]*>|<script\b[\s\S]*?<\/script>/g, '');
const ctx: ParseContext = { url: URL, now: Date.UTC(2026, 10, 23, 12, 0), tzOffsetMin: -60 };
const lifetime: ScriptLifetime = { setTimeout: (fn, ms) => window.setTimeout(fn, ms), onInvalidated: () => () => undefined, addEventListener: () => undefined };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const CARD = '[data-testid="contact-request-card"]';
const cards = () => [...document.querySelectorAll(CARD)];
const headlineOf = (card: Element) => card.querySelector('[data-testid="request-card-occupation"]')!;

/** Counts the memo's text comparisons (`textContent` reads outside a card's reading) per card, and the readings. */
function counted(memo: CardMemo) {
  const texts = new Map<Element, number>();
  let reads = 0;
  let reading = false;
  const counting: CardMemo = {
    begin: (ms, feed) => memo.begin(ms, feed),
    read: (card, read) => {
      if (!texts.has(card)) {
        const getter = textGetter(card);
        Object.defineProperty(card, 'textContent', {
          configurable: true,
          get: () => {
            if (!reading) texts.set(card, (texts.get(card) ?? 0) + 1);
            return getter.get!.call(card) as string;
          },
          set: (v: string) => getter.set!.call(card, v),
        });
        texts.set(card, 0);
      }
      return memo.read(card, () => {
        reads++;
        reading = true;
        try {
          return read();
        } finally {
          reading = false;
        }
      });
    },
    get incomplete() {
      return memo.incomplete;
    },
  };
  const reset = () => {
    for (const k of texts.keys()) texts.set(k, 0);
    reads = 0;
  };
  return { counting, texts, reads: () => reads, compared: () => [...texts.values()].reduce((a, b) => a + b, 0), reset };
}

function textGetter(node: object): PropertyDescriptor {
  for (let p: object | null = node; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, 'textContent');
    if (d?.get) return d;
  }
  throw new Error('no textContent getter');
}

let watcher: GrowthWatcher | undefined;
afterEach(() => watcher?.stop());

/** The fixture on the live page, a memo and a watching feed, after the two passes that build trust. */
async function trustedPage(feed?: (w: GrowthWatcher) => ChangeFeed) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(HTML, 'text/html').documentElement.innerHTML;
  watcher = growthWatcher(lifetime, () => undefined);
  const memo = counted(cardMemo(() => 0));
  const changes = feed ? feed(watcher) : watcher;
  const pass = async () => {
    await settle();
    memo.counting.begin(Infinity, changes);
    return parseAnyPage(document, { ...ctx, cards: memo.counting });
  };
  await pass(); // not watching yet: nothing is trusted
  watcher.watch();
  await pass(); // texts compared under the watch: trusted from now on
  memo.reset();
  return { memo, pass, plain: () => parseAnyPage(document, ctx) };
}

const requestsOf = (p: PageParse) => (p.ok ? p.page.requests ?? [] : []);

describe('card memo with the page change feed', () => {
  it('trusts unchanged cards: no text compared, nothing read again, the plain result', async () => {
    const { memo, pass, plain } = await trustedPage();
    expect(cards().length).toBe(6);
    expect(await pass()).toEqual(plain());
    expect(memo.compared()).toBe(0);
    expect(memo.reads()).toBe(0);
  });

  // Each way the site changes a card: the changed card is compared (and read again when its text differs), the
  // others stay trusted, and the pass equals a plain parse of the page as it is now.
  const NEW = 'Leiterin Einkauf bei Nordlicht Maschinenbau GmbH';
  const cases: [string, (card: Element) => void | Promise<void>, { reads: number; headline?: string }][] = [
    ['text node retyped in place (characterData)', (c) => void ((headlineOf(c).firstChild as Text).data = NEW), { reads: 1, headline: NEW }],
    ['element text replaced (childList)', (c) => void (headlineOf(c).textContent = NEW), { reads: 1, headline: NEW }],
    ['an element added inside the card', (c) => void headlineOf(c).append(document.createElement('b'), ' (neu)'), { reads: 1, headline: `Projektleiter bei Rheinblick Bau GmbH (neu)` }],
    ['an element removed inside the card', (c) => void headlineOf(c).remove(), { reads: 1 }],
    [
      'card taken out, changed while out (after the feed saw the removal), put back',
      async (c) => {
        const place = c.nextSibling!;
        const parent = c.parentNode!;
        c.remove();
        await settle();
        (headlineOf(c).firstChild as Text).data = NEW;
        await settle();
        parent.insertBefore(c, place);
      },
      { reads: 1, headline: NEW },
    ],
    ['same text written again (a re-render): compared, not read', (c) => void (headlineOf(c).textContent = headlineOf(c).textContent), { reads: 0 }],
    ['our badge host added (no text): compared, not read', (c) => void c.append(createMount(document, 'en', 'light').host), { reads: 0 }],
  ];
  it.each(cases)('%s', async (_, change, want) => {
    const { memo, pass, plain } = await trustedPage();
    const first = cards()[0]!;
    await change(first);
    const parsed = await pass();
    expect(parsed).toEqual(plain());
    expect(memo.reads()).toBe(want.reads);
    if (want.headline) expect(requestsOf(parsed)[0]!.headline).toBe(want.headline);
    // Only the changed card had its text compared; the five others were trusted.
    expect(memo.texts.get(first)).toBe(1);
    expect(memo.compared()).toBe(1);
  });

  it('new cards appended by scroll: only they are read, the old ones are not even compared', async () => {
    const { memo, pass, plain } = await trustedPage();
    const last = cards().at(-1)!;
    for (let i = 0; i < 3; i++) {
      const copy = last.cloneNode(true) as Element;
      for (const a of copy.querySelectorAll('a[href*="/profile/"]')) a.setAttribute('href', `${a.getAttribute('href')!}x${i}`);
      last.parentElement!.append(copy);
    }
    const parsed = await pass();
    expect(parsed).toEqual(plain());
    expect(requestsOf(parsed).length).toBe(9);
    expect(memo.reads()).toBe(3);
    expect(memo.compared()).toBe(3);
  });

  // Where the feed cannot vouch, every card's text is compared again (and a changed one read again).
  const unvouched: [string, (w: GrowthWatcher) => void][] = [
    ['watch stopped and started again', (w) => (w.stop(), w.watch())],
    ['watch stopped', (w) => w.stop()],
  ];
  it.each(unvouched)('%s: every card compared, changes made meanwhile read', async (_, interrupt) => {
    const { memo, pass, plain } = await trustedPage();
    interrupt(watcher!);
    (headlineOf(cards()[1]!).firstChild as Text).data = NEW; // possibly unseen by the feed
    const parsed = await pass();
    expect(parsed).toEqual(plain());
    expect(requestsOf(parsed)[1]!.headline).toBe(NEW);
    expect(memo.compared()).toBe(6);
    expect(memo.reads()).toBe(1);
  });

  it('a feed that lost changes (overflow) says so: every card compared', async () => {
    const { memo, pass } = await trustedPage();
    const box = document.querySelector('main')!.appendChild(document.createElement('div'));
    for (let i = 0; i < 5100; i++) box.append(document.createElement('i')), box.lastChild!.remove();
    await pass();
    expect(memo.compared()).toBe(6);
  });

  it('a card outside the watched region is never trusted', async () => {
    const { memo, pass, plain } = await trustedPage();
    const card = cards()[2]!;
    document.body.append(card); // out of <main>
    await pass();
    memo.reset();
    (headlineOf(card).firstChild as Text).data = NEW;
    const parsed = await pass();
    expect(parsed).toEqual(plain());
    expect(requestsOf(parsed).at(-1)!.headline).toBe(NEW);
    expect(memo.texts.get(card)).toBe(1);
    expect(memo.reads()).toBe(1);
  });

  it('without a feed every pass compares every card (as before)', async () => {
    const { memo, pass } = await trustedPage(() => ({ take: () => ({ root: null, continuous: true, changed: [], removed: [] }) }));
    await pass();
    expect(memo.compared()).toBe(6);
    expect(memo.reads()).toBe(0);
  });
});
