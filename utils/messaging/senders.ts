import type { Platform } from '../model/base';
import type { SenderKind } from './protocol';

/** The parts of `runtime.MessageSender` the check needs (same shape in Chrome and Firefox). */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface ExtensionIdentity {
  id: string;
  /** e.g. `chrome-extension://abc/` or `moz-extension://uuid/` */
  baseUrl: string;
}

export type ClassifiedSender =
  | { kind: 'page' }
  | { kind: 'content'; platform: Platform; tabId: number; url: string };

export const SITE_ORIGINS: Record<Platform, string> = {
  xing: 'https://www.xing.com',
  linkedin: 'https://www.linkedin.com',
};

/**
 * The address the tab shows now, when it is on the same site. Single-page sites move on with
 * `history.pushState`: the browser updates the tab's URL then, while `sender.url` (the frame's committed
 * document) still names the page the tab loaded first. Both are set by the browser, never by the page.
 */
function currentUrl(tabUrl: string | undefined, origin: string): string | undefined {
  if (!tabUrl) return undefined;
  try {
    return new URL(tabUrl).origin === origin ? tabUrl : undefined;
  } catch {
    return undefined;
  }
}

/** Which of our senders this is, or null for anything else (other extensions, web pages, frames). Pure. */
export function classifySender(sender: SenderInfo, self: ExtensionIdentity): ClassifiedSender | null {
  if (!sender.id || sender.id !== self.id || !sender.url) return null;
  const base = new URL(self.baseUrl);
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (url.protocol === base.protocol && url.host === base.host) return { kind: 'page' };
  if (!sender.tab || typeof sender.tab.id !== 'number' || (sender.frameId ?? 0) !== 0) return null;
  for (const [platform, origin] of Object.entries(SITE_ORIGINS) as [Platform, string][]) {
    if (url.origin === origin) return { kind: 'content', platform, tabId: sender.tab.id, url: currentUrl(sender.tab.url, origin) ?? sender.url };
  }
  return null;
}

export const senderAllowed = (sender: ClassifiedSender, allowed: readonly SenderKind[]): boolean =>
  allowed.includes(sender.kind);
