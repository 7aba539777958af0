import type { Translate } from '../../../i18n';
import { uiWords } from '../../../ui-words';
import type { Platform } from '../../../model/base';
import type { PageDetector } from '../../page-types';
import { browser } from './content-browser';

/** What every in-page UI script starts from: the tab's site, the browser's language, the site's page detectors. */
export interface InPageEnv {
  platform: Platform;
  t: Translate;
  locale: string;
  lang: 'de' | 'en';
  detectors: readonly PageDetector[];
}

/**
 * The environment of a script made for one site (the pills: one script per site, with that site's code alone),
 * undefined when the tab is on another site.
 */
export function siteEnv(platform: Platform, detectors: readonly PageDetector[]): InPageEnv | undefined {
  // Both sites live at www.<platform>.com (site-platform.ts); the other site's name stays out of this script.
  if (location.hostname !== `www.${platform}.com`) return undefined;
  const { t, locale, lang } = uiWords(remembered((key, subs) => browser.i18n.getMessage(key as never, subs)), browser.i18n.getUILanguage());
  return { platform, t, locale, lang, detectors };
}

/**
 * `getMessage` with the texts without substitutions kept: each call crosses into the extension bindings
 * (a profile of 100 badges spent 25 ms in it), and a list asks for the same few words again and again.
 */
function remembered(getMessage: (key: string, subs?: string[]) => string): (key: string, subs?: string[]) => string {
  const kept = new Map<string, string>();
  return (key, subs) => {
    if (subs?.length) return getMessage(key, subs);
    let text = kept.get(key);
    if (text === undefined) kept.set(key, (text = getMessage(key, subs)));
    return text;
  };
}

/** What the pills of one site take from that site (their script carries no code of the other site). */
export interface PillSite {
  platform: Platform;
  detectors: readonly PageDetector[];
  /**
   * The request cards of a list page, by the site's own card finder (the one its reader and clicks use); cards for
   * which `foundBefore` is true may be taken without checking them again.
   */
  cards(doc: Document, pageUrl: string, foundBefore: (el: Element) => boolean): Element[];
}
