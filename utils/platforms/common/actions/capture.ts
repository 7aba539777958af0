import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Platform } from '../../../journal/schemas';
import { createClient } from '../../../messaging/client';
import { CAPTURE_NOW, PAGE_STATUS, type CaptureNowAnswer, type PageStatus } from '../../../messaging/tab-messages';
import { clickedRequestAction } from '../../click-action';
import { detectPage } from '../../detect';
import type { PageParse, ParseContext } from '../../facts';
import { sendPage } from './send-page';

export interface SiteAdapter {
  platform: Platform;
  parsePage(root: Document, ctx: ParseContext): PageParse;
}

const client = createClient((message) => browser.runtime.sendMessage(message));
const context = (): ParseContext => ({ url: location.href, now: Date.now(), tzOffsetMin: new Date().getTimezoneOffset() });

/**
 * The content script's loop: read the page when it loads, after every in-page navigation (both sites
 * are single-page apps) and when a request list grows (infinite scroll); send the facts to the
 * background; tell the popup what it found; note the user's clicks on request buttons.
 */
export function startCapture(ctx: ContentScriptContext, site: SiteAdapter): void {
  let status: PageStatus = { state: 'idle' };
  let lastSent = '';

  const capture = async (force: boolean): Promise<CaptureNowAnswer> => {
    const page = detectPage(location.href);
    if (!page || page.platform !== site.platform) {
      status = { state: 'unsupported' };
      return { ok: false, error: 'not a page Handschlag reads' };
    }
    if (!force) {
      const settings = await client.send('settings/get', {});
      if (!settings.ok || !settings.data.settings.autoCapture) {
        status = { state: 'manual', pageType: page.type };
        return { ok: false, error: 'automatic capture is off' };
      }
    }
    const parsed = site.parsePage(document, context());
    const fingerprint = JSON.stringify(parsed);
    if (!force && fingerprint === lastSent) return status.state === 'error' ? { ok: false, error: status.error.message } : { ok: true };
    lastSent = fingerprint;
    const result = await sendPage(client, site.platform, location.href, parsed);
    status = result.ok
      ? { state: 'read', pageType: parsed.ok ? parsed.page.pageType : page.type }
      : { state: 'error', pageType: parsed.ok ? parsed.page.pageType : parsed.error.pageType ?? page.type, error: result.error };
    return result.ok ? { ok: true } : { ok: false, error: result.error.message };
  };

  const recapture = debounce(ctx, () => void capture(false), 400);
  void capture(false);
  onInPageNavigation(ctx, recapture);
  observeListGrowth(ctx, recapture);

  // Clicks on a request's own buttons close it in the journal, so it is never mistaken for a withdrawal.
  ctx.addEventListener(document, 'click', (event) => {
    const page = detectPage(location.href);
    if (!page || !/requests|invitations/.test(page.type) || !(event.target instanceof Element)) return;
    const acted = clickedRequestAction(event.target, location.href);
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

function debounce(ctx: ContentScriptContext, fn: () => void, ms: number): () => void {
  let timer: number | undefined;
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(fn, ms);
  };
}

/** After the URL changed without a page load. Navigation API where present, else <title> changes; no polling. */
function onInPageNavigation(ctx: ContentScriptContext, callback: () => void): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    callback();
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) {
    const listener = () => ctx.setTimeout(check, 0);
    nav.addEventListener('navigatesuccess', listener);
    ctx.onInvalidated(() => nav.removeEventListener('navigatesuccess', listener));
  }
  const observer = new MutationObserver(check);
  observer.observe(document.head ?? document.documentElement, { subtree: true, childList: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
}

/**
 * Infinite scroll: one observer on the page's main landmark, active only on request and message
 * pages, watching for added elements (not attributes or text), debounced.
 */
function observeListGrowth(ctx: ContentScriptContext, callback: () => void): void {
  const observer = new MutationObserver((records) => {
    const page = detectPage(location.href);
    if (!page || !/requests|invitations|messag/.test(page.type)) return;
    if (records.some((r) => [...r.addedNodes].some((n) => n.nodeType === Node.ELEMENT_NODE))) callback();
  });
  const root = document.querySelector('main') ?? document.body;
  if (root) observer.observe(root, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}
