import type { Platform } from '../../../model/base';
import { CAPTURE_NOW, PAGE_STATUS, type CaptureNowAnswer, type PageStatus } from '../../../messaging/tab-messages';
import type { CardMemo } from '../../card-memo';
import type { PageParse, ParseContext } from '../../facts';
import { matchPage, type PageDetector, type PageType } from '../../page-types';
import { NOT_YET_RENDERED as NOT_YET } from '../../parse-result';
import { contentClient } from './capture-client';
import { answerOf, answerTheExtension, debounce, SETTLE_MS } from './capture-shell';
import type { ScriptLifetime } from './page-context';
import type { ListReading } from './list-reading';
import { growthWatcher, onInPageNavigation, type GrowthWatcher } from './page-watch';
import { sendPage } from './send-page';
import { createDelivery } from './delivery';
import { profileAnnouncer } from './card-request';
import { watchDraftBoxes } from './draft-box-watch';

export interface SiteAdapter {
  platform: Platform;
  /** This site's page detectors (the other site's are not bundled). */
  detectors: readonly PageDetector[];
  parsePage(root: Document, ctx: ParseContext): PageParse;
  /** Set in a site's full reader: the card memo and senders for request lists and chats. */
  lists?: ListReading;
}

const GROWS = (type: PageType) => /requests|invitations|messag/.test(type);
const LIST_PAGE = /requests\.|invitations\./;
/** Time for reading new cards before the content script lets the page run again (no long tasks: finding
 * the cards of a 1,000-card list and sending them add about as much again on a slow machine). */
const SLICE_MS = 20;

/**
 * The content script's loop: read the page when it loads, after every in-page navigation (both sites
 * are single-page apps), while the page is still rendering, and when a request list grows (infinite
 * scroll); send the facts to the background; tell the popup what it found.
 * Kept short on purpose: a new tab compiles all of a profile reader (BENCHMARKS.md), so what only request lists
 * and chats need comes from the full reader (`site.lists`), and the growth observer is made when first needed.
 */
export function startCapture(ctx: ScriptLifetime, site: SiteAdapter): void {
  const client = contentClient;
  let status: PageStatus = { state: 'idle' };
  const delivery = createDelivery((fn, ms) => ctx.setTimeout(fn, ms), () => void capture(false));
  let settleUntil = Date.now() + SETTLE_MS;
  let settleTimer: number | undefined;
  let cards: CardMemo | undefined;
  let growth: GrowthWatcher | undefined;
  let pass = 0;
  let listTold: string | undefined;
  const recapture = debounce(ctx, () => void capture(false), 400);
  const watchGrowth = (on: boolean) => (on ? (growth ??= growthWatcher(ctx, recapture)).watch() : growth?.stop());

  /** The page read in slices: each pass reads new cards for SLICE_MS, then the page runs; null if superseded. */
  const read = async (type: PageType): Promise<PageParse | null> => {
    const mine = ++pass;
    const memo = GROWS(type) && site.lists ? (cards ??= site.lists.newCardMemo()) : undefined;
    for (;;) {
      const now = Date.now();
      memo?.begin(SLICE_MS);
      const parsed = site.parsePage(document, { url: location.href, now, tzOffsetMin: new Date(now).getTimezoneOffset(), ...(memo ? { cards: memo } : {}) });
      if (!memo?.incomplete) return parsed;
      await new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), 0));
      if (mine !== pass) return null; // a newer read started meanwhile
    }
  };

  const capture = async (force: boolean): Promise<CaptureNowAnswer> => {
    const page = matchPage(location.href, site.detectors);
    if (!page) {
      watchGrowth(false);
      status = { state: 'unsupported' };
      return { ok: false, error: 'not a page Handschlag reads' };
    }
    if (site.lists && LIST_PAGE.test(page.type) && listTold !== location.href) {
      listTold = location.href;
      void client.send('inpage/list-seen', {}); // the badges load while the list is read (the background checks the setting)
    }
    const parsed = await read(page.type);
    if (!parsed) return answerOf(status);
    const now = Date.now();
    if (!force && !parsed.ok && NOT_YET.has(parsed.error.code) && now < settleUntil) {
      // Maybe still rendering (both sites fill their pages in after load): read again when elements arrive,
      // and once more when the page has had its time; only that read counts a failure in Diagnostics.
      // Meanwhile the popup says the page is being read.
      status = { state: 'reading', pageType: parsed.error.pageType ?? page.type };
      watchGrowth(true);
      settleTimer ??= ctx.setTimeout(() => void capture(false), settleUntil - now + 50);
      return { ok: false, error: parsed.error.message };
    }
    watchGrowth(GROWS(page.type));
    const fingerprint = JSON.stringify(parsed);
    if (!force && !delivery.due(fingerprint)) return answerOf(status);
    delivery.sending(fingerprint);
    // Not asked first whether automatic capture is on: the background checks (one round trip, not two).
    const result = await sendPage(client, site.platform, location.href, parsed, !force, site.lists);
    const pageType = parsed.ok ? parsed.page.pageType : parsed.error.pageType ?? page.type;
    const settled = delivery.settle(fingerprint, result.ok || result.error.code !== 'unreachable');
    if (!result.ok && result.error.code === 'capture-off') {
      delivery.forget(); // once switched on again, the same page is read and sent
      status = { state: 'manual', pageType: page.type };
    } else if (settled === 'retrying') {
      status = { state: 'reading', pageType };
    } else {
      status = result.ok ? { state: 'read', pageType } : { state: 'error', pageType, error: result.error };
    }
    return answerOf(status);
  };

  const announce = profileAnnouncer(client, site.platform, site.detectors);
  // In a task of its own, after the one that evaluated this script; the card question first, so the background
  // looks the person up while the page is read.
  ctx.setTimeout(() => {
    announce();
    void capture(false);
  }, 0);
  onInPageNavigation(ctx, () => {
    announce();
    cards = undefined;
    settleUntil = Date.now() + SETTLE_MS;
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    settleTimer = undefined;
    status = { state: 'idle' };
    recapture();
  });
  watchDraftBoxes(ctx, client, site.platform);
  answerTheExtension(ctx, (type) => (type === CAPTURE_NOW ? capture(true) : type === PAGE_STATUS ? Promise.resolve(status) : undefined));
}
