import { matchPage, type DetectedPage, type PageType } from '../page-types';
import type { ParseError } from '../parse-result';
import { anyMatches, elementsWithText, inChrome, queryFirst } from './dom-read';
import { LOGIN, PROFILE, WORDS } from './selectors';
import { startsWithLabel } from './text';
import { xingDetectors } from './urls';

export type XingPageKind = 'xing.profile' | 'xing.requests.received' | 'xing.requests.sent' | 'xing.messages';

export type Classified = { ok: true; page: DetectedPage & { type: XingPageKind } } | { ok: false; error: ParseError };

const READABLE: readonly PageType[] = ['xing.profile', 'xing.requests.received', 'xing.requests.sent', 'xing.messages'];

/** The profile header, if the page shows one (2025 id module or hero name, 2019 malt display name). */
export function profileModule(root: ParentNode): Element | null {
  const module = queryFirst(root, PROFILE.idModule);
  if (module) return module;
  const name = queryFirst(root, PROFILE.name);
  return name && !inChrome(name) ? name : null;
}

/** True when the page asks the visitor to log in: a login form, a login-wall block or a "Melde Dich an" heading. */
export function showsLogin(root: ParentNode): boolean {
  if (anyMatches(root, LOGIN.markers)) return true;
  return elementsWithText(root, LOGIN.headings, (text) => startsWithLabel(text, WORDS.loginWall)).length > 0;
}

/**
 * The page type from the URL, refined by content: the login page and a login wall at a profile URL are
 * refused as system pages; URLs Handschlag does not read are `unsupported-page`. Pure.
 */
export function classifyXingPage(root: ParentNode, url: string): Classified {
  const detected = matchPage(url, xingDetectors);
  if (!detected || detected.platform !== 'xing') {
    return refuse('unsupported-page', detected?.type ?? null, 'not a XING page that Handschlag reads');
  }
  if (detected.type === 'xing.login' || detected.type === 'xing.loginwall') {
    return refuse('system-page', detected.type, 'XING login page: nothing to read');
  }
  if (!READABLE.includes(detected.type)) return refuse('unsupported-page', detected.type, 'page type not read on XING');
  const kind = detected.type as XingPageKind;

  if (kind === 'xing.profile') {
    if (profileModule(root)) return { ok: true, page: { ...detected, type: kind } };
    if (showsLogin(root)) return refuse('system-page', 'xing.loginwall', 'XING asks to log in before showing this profile');
    return refuse('layout-not-recognised', kind, 'no profile header found on this XING page');
  }
  // A logged-out visitor gets a login form at the requests and chat URLs, not the lists.
  if (anyMatches(root, LOGIN.formMarkers)) {
    return refuse('system-page', 'xing.login', 'XING asks to log in before showing this page');
  }
  return { ok: true, page: { ...detected, type: kind } };
}

function refuse(code: ParseError['code'], pageType: PageType | null, message: string): Classified {
  return { ok: false, error: { code, pageType, message } };
}
