import type { Platform } from '../../model/base';
import { findCards, findInvitationScope } from '../linkedin/parse-invitations';
import { linkedinDetectors } from '../linkedin/urls';
import { matchPage } from '../page-types';
import { findRequestCards } from '../xing/request-cards';
import { xingDetectors } from '../xing/urls';
import type { KeyOfHref } from './controls';

/** The request cards of a list page, as the site's own parser finds them (one finder, so reading and clicking agree). */
export function requestCards(platform: Platform, doc: Document, pageUrl: string): Element[] {
  if (platform === 'xing') return findRequestCards(doc, pageUrl);
  const scope = findInvitationScope(doc);
  return scope ? findCards(scope) : [];
}

/**
 * The profile key a link names on this site (relative links against the page's URL), else null. Each href is
 * worked out once per function made (a card links its person two or three times; a list repeats its links).
 */
export function keyOfHrefOn(platform: Platform, pageUrl: string): KeyOfHref {
  const detectors = platform === 'xing' ? xingDetectors : linkedinDetectors;
  const known = new Map<string, string | null>();
  const keyOf = (href: string) => {
    let url: string;
    try {
      url = new URL(href, pageUrl).href;
    } catch {
      return null;
    }
    const page = matchPage(url, detectors);
    return page?.type.endsWith('.profile') && page.key ? page.key : null;
  };
  return (href) => {
    let key = known.get(href);
    if (key === undefined) known.set(href, (key = keyOf(href)));
    return key;
  };
}
