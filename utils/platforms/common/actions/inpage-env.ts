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
    t: translatorFromGetMessage((key, subs) => browser.i18n.getMessage(key as never, subs)),
    locale,
    lang: locale.toLowerCase().startsWith('de') ? 'de' : 'en',
    detectors: platform === 'xing' ? xingDetectors : linkedinDetectors,
  };
}
