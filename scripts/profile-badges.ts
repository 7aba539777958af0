// npx tsx scripts/profile-badges.ts [runs]
// Where the in-page badges spend main-thread time: Chromium's sampling profiler (100 µs) on the XING 100-card list
// (new tab, badges on) and while that list grows to 1,000 by scroll; per script file, the heaviest functions
// (self and total), and a timeline of the extension's samples in 25 ms buckets from the document's parse end.
// For attribution only (the profiler slows down code run for the first time). Build unminified first:
// `HANDSCHLAG_UNMINIFIED=1 npx wxt build`.
import { buildRequestPages } from './bench/request-pages';
import { launchChromium } from './lib/chromium';
import { profiledPage, profileTree, type CpuProfile, type ProfileNode } from './lib/profiler';

const runs = Number(process.argv[2] ?? 2);
const { list100, list1000Steps } = await buildRequestPages();
const session = await launchChromium([list100]);

function report(label: string, profile: CpuProfile, zeroUs: number): void {
  const { node, parent, extensionFile: fileOf } = profileTree(profile);
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(top)'}${n.callFrame.url ? `:${n.callFrame.lineNumber}` : ' (native)'}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const perFile = new Map<string, number>();
  const buckets = new Map<number, Map<string, number>>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    at += dt;
    const file = fileOf(id);
    if (!file) return;
    perFile.set(file, (perFile.get(file) ?? 0) + dt);
    const b = Math.floor((at - zeroUs) / 25000);
    const bucket = buckets.get(b) ?? new Map<string, number>();
    bucket.set(file, (bucket.get(file) ?? 0) + dt);
    buckets.set(b, bucket);
    self.set(`${file} ${name(node(id))}`, (self.get(`${file} ${name(node(id))}`) ?? 0) + dt);
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent(x)) {
      const k = `${file} ${name(node(x))}`;
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  const ms = (us: number) => (us / 1000).toFixed(1).padStart(7);
  console.log(`\n== ${label}: ${[...perFile].map(([f, us]) => `${f} ${ms(us)} ms`).join(', ')}`);
  console.log('-- self');
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms(us)}  ${k}`);
  console.log('-- total');
  for (const [k, us] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms(us)}  ${k}`);
  console.log('-- timeline (ms from parse end: ms per file)');
  for (const [b, files] of [...buckets].sort((a, c) => a[0] - c[0])) console.log(`${String(b * 25).padStart(6)}  ${[...files].map(([f, us]) => `${f} ${(us / 1000).toFixed(1)}`).join('  ')}`);
}

try {
  for (let run = 0; run < runs; run++) {
    for (const grow of [false, true]) {
      const { page, stop } = await profiledPage(session.context);
      await page.goto(list100.url, { waitUntil: 'load' });
      await page.waitForTimeout(1500);
      const origin = (await page.evaluate(() => [performance.timeOrigin, (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive])) as [number, number];
      if (grow) {
        for (const step of list1000Steps) {
          await page.evaluate(step);
          await page.waitForTimeout(700);
        }
      }
      const profile = await stop();
      // The profile's clock is monotonic µs; find the page's parse end on it through a sample-free guess: the
      // first sample of the page's own load is close to navigation start, so use the profile start + domInteractive.
      void origin;
      report(`${grow ? 'grown to 1,000' : '100-card list'}, run ${run + 1} (domInteractive ${origin[1].toFixed(0)} ms)`, profile, profile.startTime);
      await page.close();
    }
  }
} finally {
  await session.close();
}
