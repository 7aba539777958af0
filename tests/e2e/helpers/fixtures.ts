import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES_DIR } from '../../../scripts/lib/site-server';

export interface FixtureEntry {
  file: string;
  url: string;
  pageType: string;
  lang: string;
  era?: string;
  expect: {
    refused?: boolean;
    person?: { key: string; name: string; headline?: string };
    requests?: { key: string; name: string; note?: string }[];
  };
}

export const fixtures = (site: 'xing' | 'linkedin'): FixtureEntry[] =>
  JSON.parse(readFileSync(resolve(FIXTURES_DIR, site, 'fixtures.json'), 'utf8')) as FixtureEntry[];

export const fixture = (site: 'xing' | 'linkedin', file: string): FixtureEntry => {
  const hit = fixtures(site).find((e) => e.file === file);
  if (!hit) throw new Error(`no fixture ${site}/${file}`);
  return hit;
};

/** In the page: removes the card of this profile (the largest ancestor of its link that links to no one else). */
export function removeCardScript(hrefPart: string): string {
  return `(() => {
    const link = [...document.querySelectorAll('a[href]')].find((a) => a.getAttribute('href').includes(${JSON.stringify(hrefPart)}));
    if (!link) return false;
    const keyOf = (a) => (a.getAttribute('href').match(/\\/(profile|in)\\/([^/?#]+)/) || [])[2];
    let card = link;
    for (let node = link.parentElement; node && node !== document.body; node = node.parentElement) {
      const keys = new Set([...node.querySelectorAll('a[href]')].map(keyOf).filter(Boolean));
      if (keys.size > 1) break;
      card = node;
    }
    card.remove();
    return true;
  })()`;
}
