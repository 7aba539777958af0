import type { Page, Worker } from 'playwright-core';
import type { BenchApi } from './in-browser';

/**
 * Calls one function of the bench code evaluated in an extension page or worker (globalThis.__hsBench).
 * Page and Worker have the same evaluate(); the union of their overloads is not callable, so one is named.
 */
export function callBench<K extends keyof BenchApi>(host: Page | Worker, fn: K, ...args: Parameters<BenchApi[K]>): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return (host as Page).evaluate(
    ([f, a]) => (globalThis as unknown as { __hsBench: Record<string, (...x: unknown[]) => unknown> }).__hsBench[f as string]!(...(a as unknown[])),
    [fn, args] as const,
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}
