import type { Platform } from '../model/base';
import type { PageParse } from './facts';
import { parseLinkedinProfilePage } from './linkedin/parse-profile-page';
import { parseXingProfilePage } from './xing/parse-profile-page';

/** The background's request to Chrome's offscreen document (entrypoints/offscreen): parse this copy. */
export const OFFSCREEN_PARSE = 'handschlag/offscreen-parse';

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

/**
 * The copy to parse if `message` is the background's parse request, else null: the offscreen document answers its
 * own extension's service worker alone (no tab, the worker's URL), never a page or another extension.
 */
export function offscreenParseRequest(message: unknown, sender: { id?: string; url?: string; tab?: unknown }, own: { id: string; backgroundUrl: string }): SnapshotInput | null {
  if (sender.id !== own.id || sender.tab !== undefined || sender.url !== own.backgroundUrl) return null;
  if (!message || typeof message !== 'object' || (message as { type?: unknown }).type !== OFFSCREEN_PARSE) return null;
  return snapshotInputOf((message as { input?: unknown }).input);
}
