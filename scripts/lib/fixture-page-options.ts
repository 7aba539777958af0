import { fixture, type FixtureEntry, type Site } from './fixture-manifest';

// Command-line options of the developer tools that load one fixture page: --site, --fixture and the like.

/** The value of `--name=value` on the command line, or the fallback. */
export const option = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

/** The site and fixture page named by --site and --fixture (a profile of that site by default). */
export function fixturePageOption(): { site: Site; page: FixtureEntry } {
  const site = option('site', 'xing') as Site;
  return { site, page: fixture(site, option('fixture', site === 'xing' ? 'profile-2025-de.html' : 'profile-2024-en.html')) };
}
