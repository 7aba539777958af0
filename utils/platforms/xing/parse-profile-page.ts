import type { PageParse, ParseContext } from '../facts';
import type { DetectedPage } from '../page-types';
import { classifyXingPage } from './classify';
import { readProfile } from './parse-profile';

/** A XING page the URL and content call a profile, into its person (shared by both readers). */
export function readProfilePage(root: Document, page: DetectedPage, url: string): PageParse {
  if (!page.key) return { ok: false, error: { code: 'missing-key', pageType: page.type, field: 'key', message: 'no page name in the profile URL' } };
  const profile = readProfile(root, page.key, url);
  if (!profile.ok) return profile;
  return { ok: true, page: { pageType: page.type, person: { key: profile.key, facts: profile.facts } } };
}

/**
 * The profile reader's parser (the content script that a tab opened on a profile gets): like parseXingPage on
 * profiles, login walls and unknown layouts; any other page type is left to the full reader. Pure.
 */
export function parseXingProfilePage(root: Document, ctx: ParseContext): PageParse {
  const classified = classifyXingPage(root, ctx.url);
  if (!classified.ok) return classified;
  const { page } = classified;
  if (page.type !== 'xing.profile') return { ok: false, error: { code: 'unsupported-page', pageType: page.type, message: 'read by the full XING reader' } };
  return readProfilePage(root, page, ctx.url);
}
