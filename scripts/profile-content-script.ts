// npx tsx scripts/profile-content-script.ts [runs] [--site=xing|linkedin --fixture=<file>]
// Where the content script spends main-thread time on a page it does not read, a profile and a 100-request list:
// Chromium's sampling profiler (100 µs) during load + settle, summed over chrome-extension:// frames and the
// native calls they make, with the ten heaviest functions. For attribution only: the profiler slows down code
// that runs for the first time, so its totals are higher than the bench's (which traces instead).
// For readable names build unminified first: `HANDSCHLAG_UNMINIFIED=1 npx wxt build`.
import { buildRequestPages } from './bench/request-pages';
import { launchChromium } from './lib/chromium';
import { fixturePageOption } from './lib/fixture-page-options';
import { profiledPage, profileTree } from './lib/profiler';

const runs = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 3);
// With --site (and --fixture) one fixture page, e.g. a profile; otherwise a page not read and two request lists.
async function chooseTargets(): Promise<{ label: string; url: string; html?: string; file?: string }[]> {
  if (process.argv.some((a) => a.startsWith('--site='))) {
    const { site, page } = fixturePageOption();
    return [{ label: `${site} ${page.file}`, url: page.url, file: `${site}/${page.file}` }];
  }
  const { pages } = await buildRequestPages();
  return [
    { label: 'page Handschlag does not read', url: 'https://www.xing.com/jobs', html: '<!doctype html><title>Jobs</title><main><p>Jobs</p></main>' },
    { ...pages[0]!, label: pages[0]!.label },
    { ...pages[2]!, label: pages[2]!.label },
  ];
}
const targets = await chooseTargets();
const session = await launchChromium(targets);
try {
  for (const target of targets) {
    for (let run = 0; run < runs; run++) {
      const { page, stop } = await profiledPage(session.context);
      await page.goto(target.url, { waitUntil: 'load' });
      await page.waitForTimeout(1200);
      const profile = await stop();
      const { node, extensionFile } = profileTree(profile);
      const self = new Map<string, number>();
      let total = 0;
      profile.samples.forEach((id, i) => {
        if (extensionFile(id) === undefined) return;
        const f = node(id).callFrame;
        const key = `${f.functionName || '(top level)'}${f.url ? `:${f.lineNumber}` : ' (native)'}`;
        self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
        total += profile.timeDeltas[i] ?? 0;
      });
      console.log(`${target.label}, run ${run + 1}: ${(total / 1000).toFixed(1)} ms in the content script`);
      for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${(us / 1000).toFixed(1).padStart(6)} ms  ${key}`);
      await page.close();
    }
  }
} finally {
  await session.close();
}
