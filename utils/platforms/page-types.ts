import { toNfc } from '../text/clean';
import type { Platform } from '../model/base';

export const PAGE_TYPES = [
  'xing.profile',
  'xing.requests.received',
  'xing.requests.sent',
  'xing.messages',
  'xing.login',
  'xing.loginwall',
  'linkedin.profile',
  'linkedin.invitations.received',
  'linkedin.invitations.sent',
  'linkedin.messaging',
  'linkedin.authwall',
  'linkedin.challenge',
  'linkedin.notfound',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/**
 * Page types that must never be parsed as a person or request list. `xing.loginwall`,
 * `linkedin.notfound` (and a challenge served at a profile URL) are told apart by content, not URL.
 */
export const SYSTEM_PAGE_TYPES: readonly PageType[] = [
  'xing.login',
  'xing.loginwall',
  'linkedin.authwall',
  'linkedin.challenge',
  'linkedin.notfound',
];

export interface DetectedPage {
  platform: Platform;
  type: PageType;
  /** The profile key for profile pages: XING page name, decoded LinkedIn slug. */
  key?: string;
}

export interface PageDetector {
  type: PageType;
  test(url: URL): DetectedPage | null;
  /** Example URLs: each must match this detector and no other (tests/unit/platforms/urls.test.ts). */
  examples: readonly string[];
}

/** Percent-decodes a path segment; a malformed escape keeps the raw text rather than failing. Pure. */
export function decodeSegment(segment: string): string {
  try {
    return toNfc(decodeURIComponent(segment));
  } catch {
    return segment;
  }
}

/**
 * The page type of a URL by the given detectors (a content script passes its own site's), or null. Pure.
 * utils/platforms/detect.ts has the same over both sites.
 */
export function matchPage(href: string, detectors: readonly PageDetector[]): DetectedPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  for (const detector of detectors) {
    const hit = detector.test(url);
    if (hit) return hit;
  }
  return null;
}
