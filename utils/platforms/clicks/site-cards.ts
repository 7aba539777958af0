import type { Platform } from '../../model/base';
import { invitationCards } from '../linkedin/parse-invitations';
import { linkedinDetectors } from '../linkedin/urls';
import { findRequestCards } from '../xing/request-cards';
import { xingDetectors } from '../xing/urls';
import type { KeyOfHref } from './controls';
import { keyOfHrefWith } from './key-of-href';

/** The request cards of a list page, as the site's own parser finds them (one finder, so reading and clicking agree). */
export function requestCards(platform: Platform, doc: Document, pageUrl: string): Element[] {
  return platform === 'xing' ? findRequestCards(doc, pageUrl) : invitationCards(doc);
}

/** The profile key a link names on this site (relative links against the page's URL), else null (see keyOfHrefWith). */
export function keyOfHrefOn(platform: Platform, pageUrl: string): KeyOfHref {
  return keyOfHrefWith(platform === 'xing' ? xingDetectors : linkedinDetectors, pageUrl);
}
