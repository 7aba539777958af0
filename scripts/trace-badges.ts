// npx tsx scripts/trace-badges.ts [build dir] [runs] [lists|grow]
// Where the in-page badges' main-thread time goes, task by task, from Chromium's tracer (unlike the sampling
// profiler of scripts/profile-badges.ts, it does not slow down code run for the first time): the 100-card lists of
// both sites with the badges off and on, and the XING list grown to 1,000 by scroll with each step's tasks. Each
// line: start (ms from the document's parse end, or from the step), thread CPU, wall, and what ran (our script's
// evaluation, or the function a task called, with its file and line; readable in an unminified build:
// `HANDSCHLAG_UNMINIFIED=1 npx wxt build`). For attribution; the budget figures are the bench's.
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { buildRequestPages } from './bench/request-pages';
import { EXTENSION_WORLD } from './bench/page-loads';
import { ourWork, readTrace, type TraceEvent } from './bench/script-time';
import { CHROME_BUILD, launchChromium, type ChromiumSession } from './lib/chromium';
import { HOSTS_IN } from './lib/our-hosts';
import { sendFromPage } from './lib/ext-message';

type Ev = TraceEvent;

const build = resolve(process.argv[2] ?? CHROME_BUILD);
const runs = Number(process.argv[3] ?? 2);
/** 'lists' or 'grow': one part only. */
const only = process.argv[4];

async function traced(page: Page, session: ChromiumSession, action: () => Promise<void>): Promise<Ev[]> {
  const cdp: CDPSession = await session.context.newCDPSession(page);
  const done = new Promise<{ stream?: string }>((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'toplevel', 'blink.user_timing'], recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReturnAsStream', streamFormat: 'json' });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
  }
  const { stream } = await done;
  const events = await readTrace(cdp, stream!);
  await cdp.detach();
  return events;
}

/** Our tasks on the page's main thread: each outermost RunTask that ran code of our world or our scripts, with what ran. */
function ourTasks(events: Ev[]): { ts: number; cpu: number; wall: number; what: string; taskMs: number }[] {
  const anchor = events.find((e) => e.ph === 'X' && (e.name === 'v8.callFunction' || e.name === 'v8.run') && e.args?.worldName === EXTENSION_WORLD);
  if (!anchor) return [];
  const main = events.filter((e) => e.pid === anchor.pid && e.tid === anchor.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // The bench's attribution (script-time.ts: only the microtask checkpoints of our tasks), and injected runs.
  const counted = new Set(ourWork(main, EXTENSION_WORLD));
  const ours = main.filter((e) => counted.has(e) || (e.name === 'v8.run' && e.args?.worldName === EXTENSION_WORLD));
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  const file = (url = '') => url.replace(/^chrome-extension:\/\/[^/]+/, '');
  return ours
    .filter((e, i) => !ours.slice(0, i).some((o) => o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0)))
    .map((e) => {
      const fn = main.find((f) => f.name === 'FunctionCall' && f.ts >= e.ts && f.ts < e.ts + (e.dur ?? 0));
      const micro = main.filter((m) => m.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' && m.ts >= e.ts && m.ts + (m.dur ?? 0) <= e.ts + (e.dur ?? 0) + 1000);
      const task = tasks.filter((t) => t.ts <= e.ts && t.ts + (t.dur ?? 0) >= e.ts + (e.dur ?? 0)).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
      const what = e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' ? 'microtasks' : e.name === 'v8.run' ? 'run (injected)' : e.name === 'EvaluateScript' ? `evaluate ${file(e.args?.data?.url)}` : fn ? `${fn.args?.data?.functionName || '(anonymous)'} ${file(fn.args?.data?.url)}:${fn.args?.data?.lineNumber ?? '?'}` : 'call';
      // Style and layout forced inside the call (a computed style, a measurement) count as ours.
      const inside = (name: string) => main.filter((x) => x.name === name && x.ts >= e.ts && x.ts < e.ts + (e.dur ?? 0)).reduce((sum, x) => sum + (x.tdur ?? x.dur ?? 0), 0) / 1000;
      const forced = [['style', inside('UpdateLayoutTree')], ['layout', inside('Layout')], ['gc', inside('MinorGC') + inside('MajorGC') + inside('V8.GC_SCAVENGER') ]].filter(([, ms]) => (ms as number) >= 0.1).map(([n, ms]) => `${n} ${(ms as number).toFixed(1)}`).join(', ');
      return { ts: e.ts, cpu: (e.tdur ?? e.dur ?? 0) / 1000, wall: (e.dur ?? 0) / 1000, what: `${micro.length ? `${what} (+microtasks)` : what}${forced ? ` [${forced}]` : ''}`, taskMs: (task?.dur ?? 0) / 1000 };
    });
}

// Per step (the bench numbers its cloned cards 1000 + 100 × step + i in their links): when each host was added (found
// as the page sees our hosts: scripts/lib/our-hosts.ts; each once).
const ADDED = `(() => { const added = []; globalThis.__hsAdded = added; const hostsIn = ${HOSTS_IN}; const counted = new WeakSet();
  new MutationObserver((records) => { const now = performance.now();
    for (const r of records) for (const n of r.addedNodes) for (const host of n.nodeType === 1 ? hostsIn(n) : []) { if (counted.has(host)) continue; counted.add(host);
      const link = host.parentElement && host.parentElement.querySelector('a[href*="/profile/"]'); const m = link && /x(\\d+)$/.exec(link.getAttribute('href'));
      if (!m) continue; const step = Math.floor((Number(m[1]) - 1000) / 100); (added[step] ??= []).push(now); } })
    .observe(document, { subtree: true, childList: true }); })()`;

/** Every main-thread task of 5 ms or more (ours or not): what filled the thread, e.g. between a step and its last pill. */
function bigTasks(events: Ev[]): { ts: number; ms: number; what: string }[] {
  const anchor = events.find((e) => e.ph === 'X' && (e.name === 'v8.callFunction' || e.name === 'v8.run') && e.args?.worldName === EXTENSION_WORLD);
  if (!anchor) return [];
  const main = events.filter((e) => e.pid === anchor.pid && e.tid === anchor.tid && e.ph === 'X');
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) >= 5000);
  return tasks.map((t) => {
    const inside = new Map<string, number>();
    for (const x of main) {
      if (x === t || x.ts < t.ts || x.ts >= t.ts + (t.dur ?? 0) || x.name.includes('RunTask')) continue;
      if (!/^(UpdateLayoutTree|Layout|Paint|PrePaint|Layerize|Commit|EvaluateScript|v8\.callFunction|v8\.run|FunctionCall|TimerFire|BlinkScheduler_PerformMicrotaskCheckpoint|MinorGC|MajorGC|ParseHTML|HitTest|UpdateLayer|ScheduleStyleRecalculation|IntersectionObserverController::computeIntersections|ProxyMain::BeginMainFrame|BeginMainThreadFrame|Animation Frame Fired|FireAnimationFrame)$/.test(x.name)) continue;
      inside.set(x.name, (inside.get(x.name) ?? 0) + (x.dur ?? 0));
    }
    const what = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, us]) => `${n} ${(us / 1000).toFixed(1)}`).join(', ');
    return { ts: t.ts, ms: (t.dur ?? 0) / 1000, what };
  });
}

const print = (rows: ReturnType<typeof ourTasks>, zero: number) => {
  // Our microtask checkpoints of a few µs only add up.
  for (const r of rows.filter((x) => !x.what.startsWith('microtasks') || x.cpu >= 0.1)) console.log(`${((r.ts - zero) / 1000).toFixed(1).padStart(8)}  cpu ${r.cpu.toFixed(2).padStart(6)}  wall ${r.wall.toFixed(2).padStart(6)}  task ${r.taskMs.toFixed(1).padStart(6)}  ${r.what}`);
  console.log(`   total cpu ${rows.reduce((s, r) => s + r.cpu, 0).toFixed(1)} ms in ${rows.length} calls`);
};

const { pages, list100, list1000Steps } = await buildRequestPages();
const lists = pages.filter((p) => p.label.includes('100 requests'));
const session = await launchChromium(pages, { extensionPath: build });
const ext = await session.openExtensionPage('popup.html');
const setBadges = (on: boolean) => sendFromPage(ext, 'settings/update', { patch: { inPageBadges: on } });
const mark = (page: Page, label: string) => page.evaluate((l) => console.timeStamp(l), label);
const stampOf = (events: Ev[], label: string) => events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === label)?.ts ?? 0;
try {
  for (const list of lists) {
    const page = await session.context.newPage();
    await page.goto(list.url, { waitUntil: 'load' }); // the journal learns the list first
    await page.waitForTimeout(1500);
    await page.close();
  }
  for (let run = 0; run < (only === 'grow' ? 0 : runs); run++) {
    for (const list of lists) {
      for (const on of [false, true]) {
        await setBadges(on);
        const page = await session.context.newPage();
        const events = await traced(page, session, async () => {
          await page.goto(list.url, { waitUntil: 'load' });
          await page.waitForTimeout(1500);
        });
        const nav = events.find((e) => e.name === 'MarkDOMContent' || e.name === 'domInteractive')?.ts ?? events.find((e) => e.ts > 0)!.ts;
        console.log(`\n== ${list.label}, badges ${on ? 'on' : 'off'}, run ${run + 1} (ms from DOMContentLoaded)`);
        print(ourTasks(events), nav);
        await page.close();
      }
    }
  }
  await setBadges(true);
  for (let run = 0; run < (only === 'lists' ? 0 : runs); run++) {
    const page = await session.context.newPage();
    await page.goto(list100.url, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    // When each host is added, seen from the page's main world (as the bench's probe does).
    await page.evaluate(ADDED);
    const starts: number[] = [];
    const events = await traced(page, session, async () => {
      for (const [i, step] of list1000Steps.entries()) {
        await mark(page, `step ${i}`);
        starts.push((await page.evaluate(`(() => { const t0 = performance.now(); ${step}; return t0; })()`)) as number);
        await page.waitForTimeout(700);
      }
    });
    const added = (await page.evaluate('globalThis.__hsAdded')) as number[][];
    const rows = ourTasks(events);
    const big = bigTasks(events);
    for (let i = 0; i < list1000Steps.length; i++) {
      const from = stampOf(events, `step ${i}`);
      const to = i + 1 < list1000Steps.length ? stampOf(events, `step ${i + 1}`) : Number.POSITIVE_INFINITY;
      const slowest = Math.max(...(added[i] ?? []).map((t) => t - starts[i]!));
      console.log(`\n== grown, run ${run + 1}: step ${i}, ${(added[i] ?? []).length} hosts, slowest ${slowest.toFixed(1)} ms after the step (ms from the step's mark)`);
      print(rows.filter((r) => r.ts >= from && r.ts < to), from);
      if (slowest > 50) for (const t of big.filter((x) => x.ts >= from && x.ts < from + (slowest + 10) * 1000)) console.log(`   task at ${((t.ts - from) / 1000).toFixed(1)}: ${t.ms.toFixed(1)} ms: ${t.what}`);
    }
    await page.close();
  }
} finally {
  await ext.close();
  await session.close();
}
