import type { Platform } from '../model/base';
import type { PageParse } from './facts';
import { parseLinkedinProfilePage } from './linkedin/parse-profile-page';
import { parseXingProfilePage } from './xing/parse-profile-page';

/** A profile reader's page copy (utils/platforms/snapshot.ts) with what the parse needs besides it. */
export interface SnapshotInput {
  platform: Platform;
  url: string;
  html: string;
  now: number;
  /** Minutes west of UTC, as Date#getTimezoneOffset gives it. */
  tzOffsetMin: number;
}

/**
 * Reads a page copy with the site's profile reader, the same code that once ran in the page. `toDocument` makes an
 * inert document of the HTML (DOMParser where there is one): no script runs, nothing loads. Pure.
 */
export function parseSnapshot(input: SnapshotInput, toDocument: (html: string) => Document): PageParse {
  const doc = toDocument(input.html);
  const ctx = { url: input.url, now: input.now, tzOffsetMin: input.tzOffsetMin };
  return input.platform === 'xing' ? parseXingProfilePage(doc, ctx) : parseLinkedinProfilePage(doc, ctx);
}

/** The input of a parse request, or null for anything else (checked by hand: the offscreen page bundles no zod). */
export function snapshotInputOf(value: unknown): SnapshotInput | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const ok =
    (v.platform === 'xing' || v.platform === 'linkedin') &&
    typeof v.url === 'string' &&
    typeof v.html === 'string' &&
    typeof v.now === 'number' &&
    Number.isFinite(v.now) &&
    typeof v.tzOffsetMin === 'number' &&
    Number.isFinite(v.tzOffsetMin);
  return ok ? { platform: v.platform as Platform, url: v.url as string, html: v.html as string, now: v.now as number, tzOffsetMin: v.tzOffsetMin as number } : null;
}
