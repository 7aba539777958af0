// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cardMemo } from '../../../utils/platforms/card-memo';
import type { PageParse, ParseContext } from '../../../utils/platforms/facts';
import { parseAnyPage } from '../../../utils/platforms/parse-page';
import { FIXTURES as LINKEDIN, loadFixture as loadLinkedin } from './linkedin/fixture-helpers';
import { FIXTURES as XING, loadFixture as loadXing } from './xing/fixture-pages';

const NOW = Date.UTC(2026, 10, 23, 12, 0);
const LISTS = [
  ...XING.filter((f) => f.pageType.startsWith('xing.requests')).map((f) => ({ ...f, load: () => loadXing(f.file, f.url) })),
  ...LINKEDIN.filter((f) => f.pageType.startsWith('linkedin.invitations') && f.expect.requests?.length).map((f) => ({ ...f, load: () => loadLinkedin(f.file) })),
];

/** A clock that advances `step` ms every time it is read: each new card then "costs" time. */
const tickingClock = (step: number) => {
  let t = 0;
  return () => (t += step);
};

/** Reads the page as the content script does: passes of limited time until one is complete. */
function readInPasses(doc: Document, ctx: ParseContext, budgetMs: number, clock: () => number) {
  const cards = cardMemo(clock);
  let passes = 0;
  for (;;) {
    passes++;
    cards.begin(budgetMs);
    const parsed = parseAnyPage(doc, { ...ctx, cards });
    if (!cards.incomplete) return { parsed, passes, cards };
    if (passes > 1000) throw new Error('no progress');
  }
}

const requestsOf = (parsed: PageParse) => (parsed.ok ? parsed.page.requests : undefined);

describe('reading request lists card by card (card memo)', () => {
  it('covers list fixtures of both sites', () => {
    expect(LISTS.filter((f) => f.url.includes('xing')).length).toBeGreaterThanOrEqual(4);
    expect(LISTS.filter((f) => f.url.includes('linkedin')).length).toBeGreaterThanOrEqual(4);
  });

  it.each(LISTS.map((f) => [f.file, f] as const))('%s: a read in time-limited passes gives exactly the one-pass result', (_, f) => {
    const ctx: ParseContext = { url: f.url, now: NOW, tzOffsetMin: -60 };
    const plain = parseAnyPage(f.load(), ctx);
    const count = requestsOf(plain)?.length ?? 0;
    expect(count).toBeGreaterThan(0);
    // Each clock read costs 5 ms and a pass may spend 7: every pass reads two new cards, never all at once.
    const { parsed, passes } = readInPasses(f.load(), ctx, 7, tickingClock(5));
    expect(parsed).toEqual(plain);
    if (count > 2) expect(passes).toBeGreaterThan(1);
  });

  it.each(LISTS.map((f) => [f.file, f] as const))('%s: a pass without any time still reads one new card (always progress)', (_, f) => {
    const ctx: ParseContext = { url: f.url, now: NOW, tzOffsetMin: -60 };
    const count = requestsOf(parseAnyPage(f.load(), ctx))?.length ?? 0;
    const { parsed, passes } = readInPasses(f.load(), ctx, 0, tickingClock(1));
    expect(requestsOf(parsed)?.length).toBe(count);
    // One card per pass at worst, plus the complete last pass; skipped cards need a pass too.
    expect(passes).toBeLessThanOrEqual(count + (parsed.ok ? (parsed.page.skipped?.length ?? 0) : 0) + 1);
  });

  it('reads a card only once while its text is unchanged, and again once it changes', () => {
    const f = XING.find((e) => e.file === 'requests-received-2025-de.html')!;
    const doc = loadXing(f.file, f.url);
    const ctx: ParseContext = { url: f.url, now: NOW, tzOffsetMin: -60 };
    let reads = 0;
    const memo = cardMemo(() => 0);
    const counting = {
      begin: (ms: number) => memo.begin(ms),
      read: <T,>(card: Element, read: () => T) => memo.read(card, () => (reads++, read())),
      get incomplete() {
        return memo.incomplete;
      },
    };
    counting.begin(Infinity);
    const first = parseAnyPage(doc, { ...ctx, cards: counting });
    const count = requestsOf(first)!.length;
    expect(reads).toBe(count);
    counting.begin(Infinity);
    expect(parseAnyPage(doc, { ...ctx, cards: counting })).toEqual(first);
    expect(reads).toBe(count); // nothing read again

    // The site re-renders one card with a new headline: only that card is read again, and it shows.
    const headline = doc.querySelector('[data-testid="request-card-occupation"]')!;
    headline.textContent = 'Leiterin Einkauf bei Nordlicht Maschinenbau GmbH';
    counting.begin(Infinity);
    const after = parseAnyPage(doc, { ...ctx, cards: counting });
    expect(reads).toBe(count + 1);
    expect(requestsOf(after)![0]!.headline).toBe('Leiterin Einkauf bei Nordlicht Maschinenbau GmbH');
  });
});
