import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES_DIR, type ServedPage } from './site-server';

interface ManifestEntry {
  file: string;
  url: string;
  pageType: string;
  lang: string;
  era: string;
}

const manifest = (site: string): ManifestEntry[] =>
  JSON.parse(readFileSync(resolve(FIXTURES_DIR, site, 'fixtures.json'), 'utf8')) as ManifestEntry[];

/**
 * The demo's pages: the made-up fixture pages of both sites (never the real samples), one per URL,
 * newest layout first, XING in German and LinkedIn in English as most of our users see them.
 */
export function demoPages(): (ServedPage & { pageType: string })[] {
  const pick = (site: string, lang: string) =>
    manifest(site)
      .filter((e) => !e.file.startsWith('real/'))
      .sort((a, b) => Number(b.era) - Number(a.era) || Number(b.lang === lang) - Number(a.lang === lang))
      .map((e) => ({ url: e.url, file: `${site}/${e.file}`, pageType: e.pageType }));
  const seen = new Set<string>();
  return [...pick('xing', 'de'), ...pick('linkedin', 'en')].filter((p) => !seen.has(p.url) && !!seen.add(p.url));
}
