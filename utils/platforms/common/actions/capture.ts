import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Platform } from '../../../journal/schemas';
import { createClient } from '../../../messaging/client';
import { CAPTURE_NOW, type CaptureNowAnswer } from '../../../messaging/tab-messages';
import type { ProfileParse } from '../../parse-result';
import { detectPage } from '../../detect';

export interface SiteAdapter {
  platform: Platform;
  parseProfile(root: Document, href: string): ProfileParse;
}

const client = createClient((message) => browser.runtime.sendMessage(message));

/**
 * The content script's loop: read the page when it loads and after every in-page navigation
 * (both sites are single-page apps), send the facts to the background, answer "capture now".
 */
export function startCapture(ctx: ContentScriptContext, site: SiteAdapter): void {
  let lastCaptured = '';

  const capture = async (force: boolean): Promise<CaptureNowAnswer> => {
    const href = location.href;
    const page = detectPage(href);
    if (!page || page.platform !== site.platform || page.type !== `${site.platform}.profile`) {
      return { ok: false, error: 'not a profile page' };
    }
    if (!force) {
      const settings = await client.send('settings/get', {});
      if (!settings.ok || !settings.data.settings.autoCapture) return { ok: false, error: 'automatic capture is off' };
      if (lastCaptured === href) return { ok: true };
    }
    const parsed = site.parseProfile(document, href);
    if (!parsed.ok) return { ok: false, error: parsed.error.message };
    const res = await client.send('capture/profile', { platform: site.platform, url: href, facts: parsed.facts });
    if (!res.ok) return { ok: false, error: res.error.message };
    lastCaptured = href;
    return { ok: true };
  };

  void capture(false);
  onInPageNavigation(ctx, () => void capture(false));

  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if ((message as { type?: unknown } | null)?.type !== CAPTURE_NOW) return undefined;
    return capture(true);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

/**
 * Calls back after the URL changed without a page load. Uses the Navigation API where the browser has
 * it, else watches <title> (both sites retitle on navigation); no polling.
 */
function onInPageNavigation(ctx: ContentScriptContext, callback: () => void): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    // Give the SPA a moment to render the new view before reading it.
    ctx.setTimeout(callback, 400);
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) {
    const listener = () => ctx.setTimeout(check, 0);
    nav.addEventListener('navigatesuccess', listener);
    ctx.onInvalidated(() => nav.removeEventListener('navigatesuccess', listener));
  }
  const observer = new MutationObserver(check);
  const head = document.head ?? document.documentElement;
  observer.observe(head, { subtree: true, childList: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
}
