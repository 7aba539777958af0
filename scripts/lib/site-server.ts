import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A page served at a real XING/LinkedIn URL from a saved file. */
export interface ServedPage {
  url: string;
  /** A saved page, relative to tests/fixtures/ ... */
  file?: string;
  /** ... or the HTML itself (tests that change a page between visits). */
  html?: string;
}

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../tests/fixtures');

// Page scripts of saved pages must not run (they would call home); content scripts are not
// subject to the page's CSP, so the extension runs as it would on the real site.
export const FIXTURE_CSP = "script-src 'none'; connect-src 'none'; frame-src 'none'";

export interface SiteResponse {
  status: number;
  contentType: string;
  body: string;
  headers: Record<string, string>;
}

/** Answers a request for one of the two sites: the fixture for a known URL, a plain 404 page otherwise. */
export function siteResponse(pages: readonly ServedPage[], requestUrl: string): SiteResponse {
  const wanted = normalise(requestUrl);
  const hit = pages.find((p) => normalise(p.url) === wanted);
  const headers = { 'content-security-policy': FIXTURE_CSP };
  if (!hit) return { status: 404, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>404</title>', headers };
  const body = hit.html ?? readFileSync(resolve(FIXTURES_DIR, hit.file ?? ''), 'utf8');
  return { status: 200, contentType: 'text/html; charset=utf-8', body, headers };
}

/** Same page whatever the trailing slash or fragment. */
function normalise(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href.replace(/\/(\?|$)/, '$1');
}

export const isSiteUrl = (href: string): boolean => /^https:\/\/(www\.xing\.com|www\.linkedin\.com|login\.xing\.com)\//.test(href);
