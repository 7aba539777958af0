import type { Platform } from '../../../model/base';
import type { CaptureNowAnswer } from '../../../messaging/tab-messages';
import type { CardMemo } from '../../card-memo';
import type { PageParse, ParseContext } from '../../facts';
import { matchPage, type PageDetector, type PageType } from '../../page-types';
import { NOT_YET_RENDERED as NOT_YET } from '../../parse-result';
import { contentClient } from './capture-client';
import { answerOf } from './capture-shell';
import { startReaderLoop } from './capture-loop';
import type { ScriptLifetime } from './page-context';
import type { ListReading } from './list-reading';
import { sendPage } from './send-page';
import { createDelivery } from './delivery';
import { readingFingerprint } from './reading-fingerprint';

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
  const delivery = createDelivery((fn, ms) => ctx.setTimeout(fn, ms), () => void capture(false));
  let cards: CardMemo | undefined;
  let pass = 0;
  let listTold: string | undefined;

  /** The page read in slices: each pass reads new cards for SLICE_MS, then the page runs; null if superseded. */
  const read = async (type: PageType): Promise<PageParse | null> => {
    const mine = ++pass;
    const memo = GROWS(type) && site.lists ? (cards ??= site.lists.newCardMemo()) : undefined;
    for (;;) {
      const now = Date.now();
      memo?.begin(SLICE_MS, loop.changes);
      const parsed = site.parsePage(document, { url: location.href, now, tzOffsetMin: new Date(now).getTimezoneOffset(), ...(memo ? { cards: memo } : {}) });
      if (!memo?.incomplete) return parsed;
      await new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), 0));
      if (mine !== pass) return null; // a newer read started meanwhile
    }
  };

  const capture = async (force: boolean): Promise<CaptureNowAnswer> => {
    const page = matchPage(location.href, site.detectors);
    if (!page) {
      loop.watchGrowth(false);
      loop.status = { state: 'unsupported' };
      return { ok: false, error: 'not a page Handschlag reads' };
    }
    if (site.lists && LIST_PAGE.test(page.type) && listTold !== location.href) {
      listTold = location.href;
      void client.send('inpage/list-seen', {}); // the badges load while the list is read (the background checks the setting)
    }
    const parsed = await read(page.type);
    if (!parsed) return answerOf(loop.status);
    const now = Date.now();
    if (!force && !parsed.ok && NOT_YET.has(parsed.error.code) && loop.settling(now)) {
      // Maybe still rendering (both sites fill their pages in after load): read again when elements arrive,
      // and once more when the page has had its time; only that read counts a failure in Diagnostics.
      // Meanwhile the popup says the page is being read.
      loop.status = { state: 'reading', pageType: parsed.error.pageType ?? page.type };
      loop.awaitRender();
      return { ok: false, error: parsed.error.message };
    }
    loop.watchGrowth(GROWS(page.type));
    const fingerprint = readingFingerprint(parsed);
    if (!force && !delivery.due(fingerprint)) return answerOf(loop.status);
    delivery.sending(fingerprint);
    // Not asked first whether automatic capture is on: the background checks (one round trip, not two).
    const result = await sendPage(client, site.platform, location.href, parsed, !force, site.lists);
    const pageType = parsed.ok ? parsed.page.pageType : parsed.error.pageType ?? page.type;
    const settled = delivery.settle(fingerprint, result.ok || result.error.code !== 'unreachable');
    if (!result.ok && result.error.code === 'capture-off') {
      delivery.forget(); // once switched on again, the same page is read and sent
      loop.status = { state: 'manual', pageType: page.type };
    } else if (settled === 'retrying') {
      loop.status = { state: 'reading', pageType };
    } else {
      loop.status = result.ok ? { state: 'read', pageType, ...(result.saved !== undefined ? { saved: result.saved } : {}) } : { state: 'error', pageType, error: result.error };
    }
    return answerOf(loop.status);
  };

  const loop = startReaderLoop(ctx, site, capture, () => (cards = undefined));
}
