import { cleanText } from '../../text/clean';
import { parseCount, textOf } from '../dom';
import { detectPage } from '../detect';
import { firstOf, type ProfileParse } from '../parse-result';

/**
 * A LinkedIn profile page (logged-in 2024 markup, 2026 "lite" markup, or the logged-out guest page)
 * into facts. Each field tries stable hooks first (aria-labels, data attributes, landmarks), then
 * visible text; hashed class names are never used.
 */
export function parseLinkedinProfile(root: Document, href: string): ProfileParse {
  const page = detectPage(href);
  if (!page || page.type !== 'linkedin.profile' || !page.key) {
    return { ok: false, error: { code: 'not-a-profile', pageType: page?.type ?? null, message: 'not a LinkedIn profile URL' } };
  }
  if (isSystemPage(root)) {
    return { ok: false, error: { code: 'system-page', pageType: page.type, message: 'login wall, challenge or missing profile' } };
  }
  const name = firstOf([
    () => textOf(root, 'main h1'),
    () => textOf(root, 'h1.top-card-layout__title'),
    () => textOf(root, 'h1'),
    () => nameFromInviteLabel(root),
    () => textOf(root, 'main h2'),
  ]);
  if (!name) {
    return { ok: false, error: { code: 'missing-name', pageType: page.type, field: 'name', message: 'no name found on the profile' } };
  }
  const headline = firstOf([
    () => textOf(root, '[data-generated-suggestion-target]'),
    () => textOf(root, '.top-card-layout__headline'),
  ]);
  const location = firstOf([
    () => textOf(root, '.top-card-layout__first-subline .top-card__subline-item'),
    () => textOf(root, 'span.text-body-small.inline.t-black--light.break-words'),
  ]);
  const contactsText = firstOf([
    () => textOf(root, 'a[href*="/connections"] strong'),
    () => [...root.querySelectorAll('li, span')].map((el) => cleanText(el.textContent)).find((t) => /^\d[\d.,]*\+?\s+(connections|Kontakte)$/i.test(t)),
  ]);
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

function nameFromInviteLabel(root: ParentNode): string | undefined {
  for (const el of root.querySelectorAll('[aria-label]')) {
    const m = /^(?:Invite|Einladen:?)\s+(.+?)\s+(?:to connect|zum Vernetzen)/.exec(el.getAttribute('aria-label') ?? '');
    if (m?.[1]) return cleanText(m[1]);
  }
  return undefined;
}

/** Auth wall, bot challenge and "profile not found" pages can sit at a profile URL. */
function isSystemPage(root: Document): boolean {
  const pageKey = root.querySelector('meta[name="pageKey"]')?.getAttribute('content') ?? '';
  if (/guest-home|authwall|checkpoint|404/.test(pageKey)) return true;
  const title = cleanText(root.title);
  return /^(LinkedIn: Log In or Sign Up|Profile Not Found|Security Verification)/i.test(title);
}
