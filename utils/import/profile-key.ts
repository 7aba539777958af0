import { decodeSegment } from '../platforms/page-types';

// Connections.csv gives every row's profile URL as `https://www.linkedin.com/in/<slug>`, and reading each with
// the URL parser and the page detectors was about a seventh of a large file's parse. A URL of exactly that form,
// its slug made of letters, digits, '-', '_' and percent escapes, is one the URL parser leaves as it is: none of
// these characters is re-encoded in a path, and no '.' can make a dot segment (the escaped forms, '%2e' and
// '%2e%2e', are refused below). Its key is then the decoded slug, as the profile detector gives it.
const PLAIN_PROFILE_URL = /^https:\/\/www\.linkedin\.com\/in\/([A-Za-z0-9_%-]+)\/?$/;
const DOT_SEGMENT = /^(?:%2e){1,2}$/i;

/**
 * The profile key of a plain LinkedIn profile URL (https, lower case host, `/in/<slug>` with an optional final
 * '/'), or undefined when the URL is of any other form: the caller then asks the page detectors, which give the
 * same key for a plain URL (tests/unit/import/profile-key.test.ts compares both). Pure.
 */
export function plainLinkedinKey(href: string): string | undefined {
  const slug = PLAIN_PROFILE_URL.exec(href)?.[1];
  if (!slug || DOT_SEGMENT.test(slug)) return undefined;
  // Without an escape there is nothing to decode, and ASCII is NFC already: the slug is the key as it is.
  const key = slug.includes('%') ? decodeSegment(slug) : slug;
  // 'me' is the viewer's own profile, no one's key: the detectors refuse it, and so the slow path answers.
  return key === 'me' ? undefined : key;
}
