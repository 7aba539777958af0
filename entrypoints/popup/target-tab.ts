import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  url: string | undefined;
}

const SITE_PATTERNS = ['https://www.xing.com/*', 'https://www.linkedin.com/*'];

/**
 * The tab the popup speaks about: the active one; when the popup itself is open as a tab (keyboard
 * users, tests), the XING/LinkedIn tab used most recently. URLs are visible only for the two sites
 * (host permissions); we ask for no `tabs` permission.
 */
export async function findTargetTab(): Promise<TargetTab | null> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const ownPage = browser.runtime.getURL('/');
  if (active?.id !== undefined && !(active.url ?? '').startsWith(ownPage)) return { id: active.id, url: active.url };
  const siteTabs = await browser.tabs.query({ url: SITE_PATTERNS });
  const latest = siteTabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return latest?.id !== undefined ? { id: latest.id, url: latest.url } : null;
}
