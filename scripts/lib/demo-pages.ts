import { fixtures, type Site } from './fixture-manifest';
import type { ServedPage } from './site-server';

/**
 * The demo's pages: the made-up fixture pages of both sites (never the real samples), one per URL,
 * newest layout first, XING in German and LinkedIn in English as most of our users see them.
 */
export function demoPages(): (ServedPage & { pageType: string })[] {
  const pick = (site: Site, lang: string) =>
    fixtures(site)
      .filter((e) => !e.file.startsWith('real/'))
      .sort((a, b) => Number(b.era ?? 0) - Number(a.era ?? 0) || Number(b.lang === lang) - Number(a.lang === lang))
      .map((e) => ({ url: e.url, file: `${site}/${e.file}`, pageType: e.pageType }));
  const seen = new Set<string>();
  return [...pick('xing', 'de'), ...pick('linkedin', 'en')].filter((p) => !seen.has(p.url) && !!seen.add(p.url));
}
