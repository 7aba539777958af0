import type { PageParse, ParseContext } from '../facts';
import { matchPage, SYSTEM_PAGE_TYPES, type DetectedPage } from '../page-types';
import { classifySystemPage } from './classify';
import { readProfile, systemMessage } from './parse-profile';
import { linkedinDetectors } from './urls';

export type Detected = { ok: true; page: DetectedPage } | { ok: false; parse: PageParse };

/**
 * The page type from the URL, overruled by content: an auth wall, bot challenge or "not found" served at any
 * URL is refused as `system-page`. Pure.
 */
export function detectLinkedinPage(root: Document, url: string): Detected {
  const detected = matchPage(url, linkedinDetectors);
  if (!detected) return { ok: false, parse: unsupported(null) };
  const system = classifySystemPage(root) ?? (SYSTEM_PAGE_TYPES.includes(detected.type) ? detected.type : undefined);
  if (system) return { ok: false, parse: { ok: false, error: { code: 'system-page', pageType: system, message: systemMessage(system) } } };
  return { ok: true, page: detected };
}

export function unsupported(pageType: DetectedPage['type'] | null): PageParse {
  return { ok: false, error: { code: 'unsupported-page', pageType, message: 'not a LinkedIn page Handschlag reads' } };
}

/** A LinkedIn profile page into its person (shared by both readers). */
export function readProfilePage(root: Document, page: DetectedPage): PageParse {
  if (page.type !== 'linkedin.profile' || !page.key) return unsupported(page.type);
  const read = readProfile(root, page.key);
  return read.ok ? { ok: true, page: { pageType: 'linkedin.profile', person: read.person } } : read;
}

/**
 * The profile reader's parser (the content script that a tab opened on a profile gets): like parseLinkedinPage
 * on profiles and system pages; other page types are left to the full reader. Pure.
 */
export function parseLinkedinProfilePage(root: Document, ctx: ParseContext): PageParse {
  const detected = detectLinkedinPage(root, ctx.url);
  return detected.ok ? readProfilePage(root, detected.page) : detected.parse;
}
