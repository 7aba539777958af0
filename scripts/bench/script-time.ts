import type { BrowserContext, Page } from 'playwright-core';

/** Main-thread time the content script took on a page, from Chromium's trace: wall clock and thread CPU. */
export interface ScriptTime {
  wallMs: number;
  cpuMs: number;
  /** Of cpuMs, compiling JavaScript (script and lazy function compiles); traced only when asked (`compile`). */
  compileMs?: number;
  /** Main-thread tasks of 50 ms or more that ran content-script code (the page's own long tasks are not ours). */
  longTasks: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string }; worldName?: string; fileName?: string };
}

// Script work on the page's main thread: evaluating our script (compile + top level), calls into our
// isolated world (event listeners, timers, observers, message replies) and microtask checkpoints (our
// promise continuations: the fixture pages' own scripts are blocked by their CSP, so no others run there).
const isOurs = (e: TraceEvent, world: string): boolean =>
  (e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').startsWith('chrome-extension://')) ||
  (e.name === 'v8.callFunction' && e.args?.worldName === world) ||
  e.name === 'RunMicrotasks';

/**
 * Runs `action` (a page load, a reload, an in-page navigation) under Chromium's tracer and adds up the
 * main-thread time of the extension's content script during it. Unlike a sampling profiler, tracing
 * does not slow down code that runs for the first time, which is most of a content script's work.
 * `world` is the isolated world's name: Chromium names it after the extension.
 */
export async function traceScriptTime(context: BrowserContext, page: Page, world: string, action: () => Promise<void>, compile = false): Promise<ScriptTime> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  // The protocol types trace events as string maps; they carry numbers and nested args.
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  // The compile category adds an event per compiled function (a little tracing overhead): only when asked.
  const categories = ['devtools.timeline', 'v8', 'toplevel', ...(compile ? ['disabled-by-default-v8.compile'] : [])];
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
  }
  // The page's renderer main thread is the one our world runs on.
  const anchor = events.find((e) => e.ph === 'X' && (e.name === 'v8.callFunction' || e.name === 'v8.run') && e.args?.worldName === world);
  if (!anchor) return { wallMs: 0, cpuMs: 0, longTasks: 0 };
  const ours = events
    .filter((e) => e.ph === 'X' && e.pid === anchor.pid && e.tid === anchor.tid && isOurs(e, world))
    .sort((a, b) => a.ts - b.ts);
  const { wall, cpu } = outermost(ours);
  const compiles = compile
    ? events.filter((e) => e.ph === 'X' && e.pid === anchor.pid && e.tid === anchor.tid && (e.name === 'v8.compile' || e.name === 'V8.CompileCode') && ours.some((o) => e.ts >= o.ts && e.ts < o.ts + (o.dur ?? 0)))
    : [];
  // A task shows as ThreadControllerImpl::RunTask, sometimes inside a RunTask of the same span: count outermost.
  const long = events.filter(
    (t) =>
      t.ph === 'X' && (t.name === 'RunTask' || t.name === 'ThreadControllerImpl::RunTask') && t.pid === anchor.pid && t.tid === anchor.tid &&
      (t.dur ?? 0) >= 50_000 && ours.some((e) => e.name !== 'RunMicrotasks' && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)),
  );
  const longTasks = long.filter((t) => !long.some((o) => o !== t && o.ts <= t.ts && o.ts + (o.dur ?? 0) >= t.ts + (t.dur ?? 0) && o.name === 'RunTask')).length;
  return { wallMs: wall / 1000, cpuMs: cpu / 1000, longTasks, ...(compile ? { compileMs: outermost(compiles.sort((a, b) => a.ts - b.ts)).cpu / 1000 } : {}) };
}

/** Wall and CPU time of events sorted by start; nested ones (a microtask checkpoint inside a call) count once. */
function outermost(sorted: readonly TraceEvent[]): { wall: number; cpu: number } {
  let end = 0;
  let wall = 0;
  let cpu = 0;
  for (const e of sorted) {
    const finish = e.ts + (e.dur ?? 0);
    if (e.ts >= end) {
      wall += e.dur ?? 0;
      cpu += e.tdur ?? e.dur ?? 0;
      end = finish;
    } else if (finish > end) {
      wall += finish - end;
      end = finish;
    }
  }
  return { wall, cpu };
}
