import { cleanText } from '../../text/clean';
import type { PageType } from '../page-types';
import { visibleText } from './dom-text';
import {
  AUTHWALL_PAGE_KEY,
  CANONICAL,
  AUTHWALL_TITLE,
  CHALLENGE_FRAME,
  CHALLENGE_TITLE,
  H1,
  MAIN,
  META_WITH_CONTENT,
  NOTFOUND_CANONICAL,
  NOTFOUND_PAGE_KEY,
  NOTFOUND_TEXT,
  NOTFOUND_TITLE,
  PAGE_KEY,
  REFRESH_CONTENT,
  TITLE,
} from './selectors';

export type SystemPageType = Extract<PageType, 'linkedin.authwall' | 'linkedin.challenge' | 'linkedin.notfound'>;

/**
 * Which LinkedIn system page this document is, judged from its content alone: the auth wall, the bot
 * challenge and "profile not found" are all served at profile URLs (real samples, 2024-06), so the URL
 * cannot tell. Undefined for ordinary pages. Pure.
 */
export function classifySystemPage(root: Document): SystemPageType | undefined {
  const pageKey = cleanText(root.querySelector(PAGE_KEY)?.getAttribute('content'));
  const title = cleanText(root.querySelector(TITLE)?.textContent);
  if (isChallenge(root, pageKey, title)) return 'linkedin.challenge';
  if (AUTHWALL_PAGE_KEY.test(pageKey) || AUTHWALL_TITLE.some((re) => re.test(title))) return 'linkedin.authwall';
  if (isNotFound(root, pageKey, title)) return 'linkedin.notfound';
  return undefined;
}

function isChallenge(root: Document, pageKey: string, title: string): boolean {
  if (CHALLENGE_TITLE.some((re) => re.test(title))) return true;
  if (root.querySelector(CHALLENGE_FRAME)) return true;
  if (pageKey) return false;
  // The interstitial: a meta refresh back to linkedin.com, obfuscated cookie script, empty body. The
  // `http-equiv` attribute is not needed: its `content` alone has the refresh form.
  const refresh = [...root.querySelectorAll(META_WITH_CONTENT)].some((m) => REFRESH_CONTENT.test(m.getAttribute('content') ?? ''));
  return refresh && !visibleText(root.body);
}

function isNotFound(root: Document, pageKey: string, title: string): boolean {
  if (NOTFOUND_PAGE_KEY.test(pageKey) || NOTFOUND_TITLE.some((re) => re.test(title))) return true;
  const canonical = root.querySelector(CANONICAL)?.getAttribute('href') ?? '';
  if (NOTFOUND_CANONICAL.test(canonical)) return true;
  const main = MAIN.map((s) => root.querySelector(s)).find(Boolean);
  const heading = main?.querySelector(H1) ?? root.querySelector(H1);
  const text = visibleText(heading);
  return NOTFOUND_TEXT.some((re) => re.test(text));
}
