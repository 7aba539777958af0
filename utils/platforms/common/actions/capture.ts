import { browser } from 'wxt/browser';
import type { Platform } from '../../../journal/schemas';
import { createClient } from '../../../messaging/client';
import { CAPTURE_NOW, PAGE_STATUS, type CaptureNowAnswer, type PageStatus } from '../../../messaging/tab-messages';
import { clickedRequestAction } from '../../click-action';
import { cardMemo } from '../../card-memo';
import type { PageParse, ParseContext } from '../../facts';
import { matchPage, type PageDetector, type PageType } from '../../page-types';
import type { ParseErrorCode } from '../../parse-result';
import type { ScriptLifetime } from './page-context';
import { growthWatcher, onInPageNavigation } from './page-watch';
import { sendPage } from './send-page';

export interface SiteAdapter {
  platform: Platform;
  /** This site's page detectors (the other site's are not bundled). */
  detectors: readonly PageDetector[];
  parsePage(root: Document, ctx: ParseContext): PageParse;
}

/** How long after a page load or an in-page navigation a page may still be rendering its content. */
const SETTLE_MS = 8000;
/** Failures that mean "not rendered yet" while the page settles; reported only once it has settled. */
const NOT_YET: ReadonlySet<ParseErrorCode> = new Set(['missing-field', 'missing-name', 'missing-key', 'layout-not-recognised']);
const GROWS = (type: PageType) => /requests|invitations|messag/.test(type);
/** Time for reading new cards before the content script lets the page run again (no long tasks: finding
 * the cards of a 1,000-card list and sending them add about as much again on a slow machine). */
const SLICE_MS = 20;

const client = createClient((message) => browser.runtime.sendMessage(message));

/**
 * The content script's loop: read the page when it loads, after every in-page navigation (both sites
 * are single-page apps), while the page is still rendering, and when a request list grows (infinite
 * scroll); send the facts to the background; tell the popup what it found; note clicks on request buttons.
 */
export function startCapture(ctx: ScriptLifetime, site: SiteAdapter): void {
  let status: PageStatus = { state: 'idle' };
  let lastSent = '';
  let settleUntil = Date.now() + SETTLE_MS;
  let settleTimer: number | undefined;
  let cards = cardMemo(() => performance.now());
  let pass = 0;

  /** The page read in slices: each pass reads new cards for SLICE_MS, then the page runs; null if superseded. */
  const read = async (): Promise<PageParse | null> => {
    const mine = ++pass;
    for (;;) {
      const now = Date.now();
      cards.begin(SLICE_MS);
      const parsed = site.parsePage(document, { url: location.href, now, tzOffsetMin: new Date(now).getTimezoneOffset(), cards });
      if (!cards.incomplete) return parsed;
      await new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), 0));
      if (mine !== pass) return null; // a newer read started meanwhile
    }
  };

  const capture = async (force: boolean): Promise<CaptureNowAnswer> => {
    const page = matchPage(location.href, site.detectors);
    if (!page) {
      growth.stop();
      status = { state: 'unsupported' };
      return { ok: false, error: 'not a page Handschlag reads' };
    }
    const parsed = await read();
    if (!parsed) return answerOf(status);
    const now = Date.now();
    if (!force && !parsed.ok && NOT_YET.has(parsed.error.code) && now < settleUntil) {
      // Maybe still rendering (both sites fill their pages in after load): read again when elements arrive,
      // and once more when the page has had its time; only that read counts a failure in Diagnostics.
      // Meanwhile the popup says the page is being read.
      status = { state: 'reading', pageType: parsed.error.pageType ?? page.type };
      growth.watch();
      if (settleTimer === undefined) settleTimer = ctx.setTimeout(() => void capture(false), settleUntil - now + 50);
      return { ok: false, error: parsed.error.message };
    }
    if (GROWS(page.type)) growth.watch();
    else growth.stop();
    const fingerprint = JSON.stringify(parsed);
    if (!force && fingerprint === lastSent) return answerOf(status);
    lastSent = fingerprint;
    // Not asked first whether automatic capture is on: the background checks (one round trip, not two).
    const result = await sendPage(client, site.platform, location.href, parsed, !force);
    const pageType = parsed.ok ? parsed.page.pageType : parsed.error.pageType ?? page.type;
    if (!result.ok && result.error.code === 'capture-off') {
      lastSent = ''; // once switched on again, the same page is read and sent
      status = { state: 'manual', pageType: page.type };
    } else {
      status = result.ok ? { state: 'read', pageType } : { state: 'error', pageType, error: result.error };
    }
    return answerOf(status);
  };

  const recapture = debounce(ctx, () => void capture(false), 400);
  const growth = growthWatcher(ctx, recapture);
  // In a task of its own, after the one that evaluated this script.
  ctx.setTimeout(() => void capture(false), 0);
  onInPageNavigation(ctx, () => {
    cards = cardMemo(() => performance.now());
    settleUntil = Date.now() + SETTLE_MS;
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    settleTimer = undefined;
    status = { state: 'idle' };
    recapture();
  });

  // Clicks on a request's own buttons close it in the journal, so it is never mistaken for a withdrawal.
  ctx.addEventListener(document, 'click', (event) => {
    const page = matchPage(location.href, site.detectors);
    if (!page || !/requests|invitations/.test(page.type) || !(event.target instanceof Element)) return;
    const acted = clickedRequestAction(event.target, location.href, site.detectors);
    if (!acted) return;
    const direction = page.type.endsWith('.sent') ? 'sent' : 'received';
    void client.send('request/acted', { platform: site.platform, direction, key: acted.key, action: acted.action });
  }, { capture: true });

  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if (type === CAPTURE_NOW) return capture(true);
    if (type === PAGE_STATUS) return Promise.resolve(status);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

function answerOf(status: PageStatus): CaptureNowAnswer {
  if (status.state === 'error') return { ok: false, error: status.error.message };
  if (status.state === 'manual') return { ok: false, error: 'automatic capture is off' };
  return { ok: true };
}

function debounce(ctx: ScriptLifetime, fn: () => void, ms: number): () => void {
  let timer: number | undefined;
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(fn, ms);
  };
}
