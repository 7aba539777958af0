import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** Main-thread time the content script took on a page, from Chromium's trace: wall clock and thread CPU. */
export interface ScriptTime {
  /** False when the trace lost events or shows no code of our isolated world at all (nothing measured). */
  ran: boolean;
  /** Why nothing was measured. */
  missing?: 'trace lost events' | 'no content-script code in the trace';
  wallMs: number;
  cpuMs: number;
  /** Of cpuMs, compiling JavaScript (script and lazy function compiles); traced only when asked (`compile`). */
  compileMs?: number;
  /** Main-thread tasks of 50 ms or more that ran content-script code (the page's own long tasks are not ours). */
  longTasks: number;
  /**
   * With `from` (a script's path, e.g. '/profile-card.js'): CPU of our work from that script's evaluation on
   * (what a script injected later, such as the recognition card, adds), and of its evaluation alone.
   */
  from?: { cpuMs: number; evalCpuMs: number };
}

/** One event of Chromium's trace (the fields read here and in scripts/trace-badges.ts). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    data?: { url?: string; functionName?: string; lineNumber?: number; message?: string };
    worldName?: string;
    fileName?: string;
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

// Script work on the page's main thread: evaluating our script (compile + top level) and calls into our isolated
// world (event listeners, timers, observers). Microtasks queued by a call run before it returns, inside it.
const isOurs = (e: TraceEvent, world: string): boolean =>
  (e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').startsWith('chrome-extension://')) ||
  (e.name === 'v8.callFunction' && e.args?.worldName === world);

// A microtask checkpoint: Chromium (156) traces it as BlinkScheduler_PerformMicrotaskCheckpoint, run after each
// task, outside its RunTask; RunMicrotasks is V8's own event (category v8.execute, not recorded here; older
// Chromium versions recorded it with the categories below). The trace names no world: the page's microtasks and
// ours share one queue.
export const MICROTASK_EVENTS: ReadonlySet<string> = new Set(['BlinkScheduler_PerformMicrotaskCheckpoint', 'RunMicrotasks']);
const isTask = (e: TraceEvent) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask';
// A message for the extension (runtime.sendMessage's reply, an event): Chromium resolves our promise from C++, so
// what our code does with the answer runs in the checkpoint after that task, with no call into our world traced.
const isExtensionMessage = (e: TraceEvent) =>
  (e.name === 'Receive mojo message' || e.name === 'Receive mojo reply') && (e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '').startsWith('extensions.mojom.');

/**
 * Our work among one thread's complete events, sorted by start (an enclosing event first): our script's
 * evaluation, calls into our world, and the microtask checkpoints in or right after a task that ran our code
 * or received a message for the extension. Any other checkpoint is the page's.
 */
export function ourWork(thread: readonly TraceEvent[], world: string): TraceEvent[] {
  const ours: TraceEvent[] = [];
  let taskEnd = Number.NEGATIVE_INFINITY;
  let touched = false; // the current task has run our code or received an extension message
  for (const e of thread) {
    if (isTask(e) && e.ts >= taskEnd) {
      taskEnd = e.ts + (e.dur ?? 0);
      touched = false;
    }
    if (isOurs(e, world)) {
      ours.push(e);
      touched = true;
    } else if (isExtensionMessage(e)) touched = true;
    else if (touched && MICROTASK_EVENTS.has(e.name)) ours.push(e);
  }
  return ours;
}

/**
 * Runs `action` (a page load, a reload, an in-page navigation) under Chromium's tracer and adds up the
 * main-thread time of the extension's content script during it. Unlike a sampling profiler, tracing
 * does not slow down code that runs for the first time, which is most of a content script's work.
 * `world` is the isolated world's name: Chromium names it after the extension.
 */
export async function traceScriptTime(context: BrowserContext, page: Page, world: string, action: () => Promise<void>, compile = false, from?: string): Promise<ScriptTime> {
  const cdp = await context.newCDPSession(page);
  const complete = new Promise<{ dataLossOccurred?: boolean; stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  // The compile category adds an event per compiled function (a little tracing overhead): only when asked.
  const categories = ['devtools.timeline', 'v8', 'toplevel', ...(compile ? ['disabled-by-default-v8.compile'] : [])];
  // Returned as one stream once the action is over: nothing needs the events before.
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReturnAsStream', streamFormat: 'json' });
  let events: TraceEvent[];
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
  }
  try {
    const { dataLossOccurred, stream } = await complete;
    if (!stream) throw new Error('Chromium returned no trace');
    events = await readTrace(cdp, stream);
    // Chromium now and then drops trace events during a load: such a run measured nothing reliable.
    if (dataLossOccurred) return { ran: false, missing: 'trace lost events', wallMs: 0, cpuMs: 0, longTasks: 0 };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  // The page's renderer main thread is the one our world runs on.
  const anchor = events.find((e) => e.ph === 'X' && (e.name === 'v8.callFunction' || e.name === 'v8.run') && e.args?.worldName === world);
  if (!anchor) return { ran: false, missing: 'no content-script code in the trace', wallMs: 0, cpuMs: 0, longTasks: 0 };
  const thread = events.filter((e) => e.ph === 'X' && e.pid === anchor.pid && e.tid === anchor.tid).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const ours = ourWork(thread, world);
  const { wall, cpu } = outermost(ours);
  const compiles = compile
    ? thread.filter((e) => (e.name === 'v8.compile' || e.name === 'V8.CompileCode') && ours.some((o) => e.ts >= o.ts && e.ts < o.ts + (o.dur ?? 0)))
    : [];
  // A task shows as ThreadControllerImpl::RunTask, sometimes inside a RunTask of the same span: count outermost.
  const long = thread.filter((t) => isTask(t) && (t.dur ?? 0) >= 50_000 && ours.some((e) => !MICROTASK_EVENTS.has(e.name) && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)));
  const longTasks = long.filter((t) => !long.some((o) => o !== t && o.ts <= t.ts && o.ts + (o.dur ?? 0) >= t.ts + (t.dur ?? 0) && o.name === 'RunTask')).length;
  const start = from ? ours.find((e) => e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').endsWith(from)) : undefined;
  const fromPart = start ? { from: { cpuMs: outermost(ours.filter((e) => e.ts >= start.ts)).cpu / 1000, evalCpuMs: (start.tdur ?? start.dur ?? 0) / 1000 } } : {};
  return { ran: true, wallMs: wall / 1000, cpuMs: cpu / 1000, longTasks, ...(compile ? { compileMs: outermost(compiles.sort((a, b) => a.ts - b.ts)).cpu / 1000 } : {}), ...fromPart };
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

/** The trace Chromium returned as a stream: JSON text read in chunks. */
export async function readTrace(cdp: CDPSession, handle: string): Promise<TraceEvent[]> {
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle })) as { data: string; eof: boolean; base64Encoded?: boolean };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}
