import { cleanText } from '../../text/clean';
import { parseCount, textOf } from '../dom';
import { detectPage } from '../detect';
import { firstOf, type ProfileParse } from '../parse-result';

/** A XING profile page (2025 markup with data-xds hooks, or the older data-qa markup) into facts. */
export function parseXingProfile(root: Document, href: string): ProfileParse {
  const page = detectPage(href);
  if (!page || page.type !== 'xing.profile' || !page.key) {
    return { ok: false, error: { code: 'not-a-profile', pageType: page?.type ?? null, message: 'not a XING profile URL' } };
  }
  const name = firstOf([
    () => textOf(root, '#XingIdModule h1'),
    () => textOf(root, '[data-qa="malt-profile-display-name"]'),
    () => textOf(root, 'main h1'),
  ]);
  if (!name) {
    return { ok: false, error: { code: 'missing-name', pageType: page.type, field: 'name', message: 'no name found on the profile' } };
  }
  const location = firstOf([
    () => cleanText(root.querySelector('#XingIdModule svg[data-xds="IconLocationPin"]')?.parentElement?.textContent),
    () => textOf(root, '[data-qa="profile-location"]'),
  ]);
  const headline = firstOf([
    () => cleanText(root.querySelector('#XingIdModule svg[data-xds="IconJobs"]')?.parentElement?.textContent),
    () => textOf(root, '[data-qa="profile-occupations"]'),
  ]);
  const contactsText = textOf(root, '#XingIdModule button[data-xds="TextButton"] strong');
  const contacts = contactsText ? parseCount(contactsText) : undefined;
  return {
    ok: true,
    key: page.key,
    facts: {
      name,
      ...(headline ? { headline } : {}),
      ...(location ? { location } : {}),
      ...(contacts ? { contacts } : {}),
    },
  };
}
