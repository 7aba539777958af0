import { slugFromHref, visibleText } from './dom-text';
import type { EmbeddedPage } from './embedded';
import { sameName } from './label-check';
import { hasInvisibleControls } from '../../text/clean';
import { ABOUT_LINK, CONTACT_INFO_LINK, CONTROLS, OWN_PROFILE_CONTROL, OWN_PROFILE_LINKS, OWN_PROFILE_WORD } from './selectors';

// Whose profile this is: the viewer's own (never a contact), or someone whose key the page itself contradicts.

/**
 * The viewer's own profile: the page's `/voyager/api/me` data names the URL's slug, or the top card has the
 * owner's edit controls ("Edit profile", "Profil bearbeiten", "Add section", edit-intro and `/in/me/` links).
 */
export function isOwnProfile(scope: Element, slug: string, data: () => EmbeddedPage): boolean {
  if (scope.querySelector(OWN_PROFILE_LINKS)) return true;
  for (const control of scope.querySelectorAll(CONTROLS)) {
    if (OWN_PROFILE_CONTROL.test((control.getAttribute('aria-label') ?? '').trim())) return true;
    if (mayNameOwnControl(control.textContent ?? '') && OWN_PROFILE_CONTROL.test(visibleText(control, () => false))) return true;
  }
  return data().viewerKey === slug;
}

/** Whether a control's raw text could read as an owner's control once cleaned (OWN_PROFILE_WORD). */
export const mayNameOwnControl = (raw: string): boolean => OWN_PROFILE_WORD.test(raw) || hasInvisibleControls(raw);

/**
 * Why the key (the URL's slug) is not certain, or undefined: the top card's own links name another member (a page
 * left over from an in-page navigation), or the embedded data gives the shown name another key and none to the slug.
 */
export function keyConflict(card: Element | undefined, slug: string, name: string, data: () => EmbeddedPage): string | undefined {
  if (card) {
    const linked = [...card.querySelectorAll(`${ABOUT_LINK}, ${CONTACT_INFO_LINK}`)].map((a) => slugFromHref(a.getAttribute('href'))).filter(Boolean);
    if (linked.length && !linked.includes(slug)) return `the top card links the profile ${linked[0]}, the address names ${slug}`;
  }
  const page = data();
  if (page.profile.name) return undefined;
  const other = page.members.find((m) => m.key !== slug && sameName(m.name, name));
  return other ? `the page's embedded data gives "${name}" the key ${other.key}, the address names ${slug}` : undefined;
}
