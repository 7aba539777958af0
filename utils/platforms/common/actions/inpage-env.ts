import { translatorFromGetMessage, type Translate } from '../../../i18n';
import type { Platform } from '../../../model/base';
import { linkedinDetectors } from '../../linkedin/urls';
import type { PageDetector } from '../../page-types';
import { xingDetectors } from '../../xing/urls';
import { browser } from './content-browser';
import { sitePlatform } from './site-platform';

/** What every in-page UI script starts from: the tab's site, the browser's language, the site's page detectors. */
export interface InPageEnv {
  platform: Platform;
  t: Translate;
  locale: string;
  lang: 'de' | 'en';
  detectors: readonly PageDetector[];
}

/** Undefined on any other site (the scripts are only loaded into XING and LinkedIn tabs, but say so anyway). */
export function inPageEnv(): InPageEnv | undefined {
  const platform = sitePlatform(location.hostname);
  if (!platform) return undefined;
  const locale = browser.i18n.getUILanguage();
  return {
    platform,
    t: translatorFromGetMessage(remembered((key, subs) => browser.i18n.getMessage(key as never, subs))),
    locale,
    lang: locale.toLowerCase().startsWith('de') ? 'de' : 'en',
    detectors: platform === 'xing' ? xingDetectors : linkedinDetectors,
  };
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
