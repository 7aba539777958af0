import type { ScriptTime } from './script-time';
import { budget, median, type Figure } from './stats';

export const spreadOf = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];

/**
 * CPU and wall-clock figures of one scenario. The budget is judged on the main thread's CPU time: on a
 * 2-core machine the wall clock during a page load also counts the time the OS gives the browser's other
 * processes while our task waits, which is not work the content script does (both are printed).
 */
export function timeFigures(name: string, all: ScriptTime[], limitMs?: number, baseline?: ScriptTime[], baselineName = 'baseline'): Figure[] {
  // A run whose trace lost events or shows no code of ours measured nothing: it is left out, and said.
  const times = all.filter((t) => t.ran);
  const why = [...new Set(all.flatMap((t) => (t.missing ? [t.missing] : [])))].join(', ');
  if (!times.length) return [{ group: 'page cost', name: `content script main-thread CPU time, ${name}: not measured (${why} in ${all.length} tries)`, value: Number.NaN, unit: '' }];
  const missed = all.length - times.length ? ` (${all.length - times.length} of ${all.length} runs left out: ${why})` : '';
  const wall = times.map((t) => t.wallMs);
  const cpu = times.map((t) => t.cpuMs);
  const c = median(cpu);
  const floor = (baseline ?? []).filter((t) => t.ran).map((t) => t.cpuMs);
  const ratio = floor.length ? { ratio: `${(c / median(floor)).toFixed(baselineName === 'baseline' ? 1 : 2)}× ${baselineName}` } : {};
  return [
    { group: 'page cost', name: `content script main-thread CPU time, ${name}${missed}`, value: c, unit: 'ms', spread: spreadOf(cpu), runs: times.length, ...ratio, ...(limitMs !== undefined ? { budget: budget(c, limitMs, 'ms') } : {}) },
    { group: 'page cost', name: `  the same as wall-clock time of its tasks, ${name}`, value: median(wall), unit: 'ms', spread: spreadOf(wall), runs: times.length },
  ];
}
