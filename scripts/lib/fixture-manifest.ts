// The fixture pages' manifests (tests/fixtures/<site>/fixtures.json), read by the demo, the benchmarks and the
// end-to-end tests. The unit tests have fuller per-site types for the expected values.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES_DIR } from './site-server';

export type Site = 'xing' | 'linkedin';

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

export const fixtures = (site: Site): FixtureEntry[] =>
  JSON.parse(readFileSync(resolve(FIXTURES_DIR, site, 'fixtures.json'), 'utf8')) as FixtureEntry[];

export const fixture = (site: Site, file: string): FixtureEntry => {
  const hit = fixtures(site).find((e) => e.file === file);
  if (!hit) throw new Error(`no fixture ${site}/${file}`);
  return hit;
};
