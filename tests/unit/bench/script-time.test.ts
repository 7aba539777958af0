import { describe, expect, it } from 'vitest';
import { ourWork, type TraceEvent } from '../../../scripts/bench/script-time';

// Which main-thread trace events are the content script's work, on small fake traces (one thread, sorted).
const WORLD = 'Handschlag';
let clock = 0;
const ev = (name: string, dur: number, args?: TraceEvent['args'], at?: number): TraceEvent => {
  const ts = at ?? (clock += 100);
  return { name, ph: 'X', pid: 1, tid: 1, ts, dur, tdur: dur, ...(args ? { args } : {}) };
};
const task = (dur: number) => ev('ThreadControllerImpl::RunTask', dur);
const inside = (parent: TraceEvent, name: string, dur: number, args?: TraceEvent['args']) => ev(name, dur, args, parent.ts + 1);
const checkpoint = () => ev('BlinkScheduler_PerformMicrotaskCheckpoint', 40);
const mojo = (tag: string) => ({ chrome_mojo_event_info: { mojo_interface_tag: tag } });

const cases: { name: string; trace: () => TraceEvent[]; ours: string[] }[] = [
  {
    name: "the checkpoint after a task that received runtime.sendMessage's reply is ours",
    trace: () => { const t = task(60); return [t, inside(t, 'Receive mojo message', 50, mojo('extensions.mojom.MessagePort')), checkpoint()]; },
    ours: ['BlinkScheduler_PerformMicrotaskCheckpoint'],
  },
  {
    name: "the checkpoint after a page task is the page's",
    trace: () => { const t = task(60); return [t, inside(t, 'ParseHTML', 50), checkpoint()]; },
    ours: [],
  },
  {
    name: "a message on another interface is the page's",
    trace: () => { const t = task(60); return [t, inside(t, 'Receive mojo message', 50, mojo('blink.mojom.LocalFrame')), checkpoint()]; },
    ours: [],
  },
  {
    name: 'a call into our world makes its task and the checkpoint after it ours; not the next task',
    trace: () => { const t = task(60); return [t, inside(t, 'v8.callFunction', 50, { worldName: WORLD }), checkpoint(), task(60), checkpoint()]; },
    ours: ['v8.callFunction', 'BlinkScheduler_PerformMicrotaskCheckpoint'],
  },
  {
    name: "a call into another world (the page's) is not ours",
    trace: () => { const t = task(60); return [t, inside(t, 'v8.callFunction', 50, { worldName: '' }), checkpoint()]; },
    ours: [],
  },
  {
    name: 'our script evaluated, with its microtasks inside (older Chromium: RunMicrotasks)',
    trace: () => { const t = task(60); const e = inside(t, 'EvaluateScript', 50, { data: { url: 'chrome-extension://abc/content-scripts/xing.js' } }); return [t, e, inside(e, 'RunMicrotasks', 5)]; },
    ours: ['EvaluateScript', 'RunMicrotasks'],
  },
  {
    name: "RunMicrotasks inside a page task (older Chromium) is the page's",
    trace: () => { const t = task(60); const p = inside(t, 'ParseHTML', 50); return [t, p, inside(p, 'RunMicrotasks', 5)]; },
    ours: [],
  },
  {
    name: 'a RunTask nested in a task of the same span does not start a new task',
    trace: () => { const t = task(60); const n = inside(t, 'RunTask', 58); return [t, n, inside(n, 'Receive mojo reply', 20, mojo('extensions.mojom.LocalFrameHost')), checkpoint()]; },
    ours: ['BlinkScheduler_PerformMicrotaskCheckpoint'],
  },
];

describe('ourWork', () => {
  it.each(cases)('$name', ({ trace, ours }) => {
    const events = trace();
    expect(events.map((e) => e.ts)).toEqual(events.map((e) => e.ts).sort((a, b) => a - b)); // a trace as the bench sorts it
    expect(ourWork(events, WORLD).map((e) => e.name)).toEqual(ours);
  });
});
