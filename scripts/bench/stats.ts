export interface Figure {
  group: string;
  name: string;
  value: number;
  unit: string;
  /** Spread over the runs: [min, max]. */
  spread?: [number, number];
  runs?: number;
  /** The same figure as a share of a raw limit measured in the same run, e.g. "0.42× raw writes". */
  ratio?: string;
  budget?: { limit: number; met: boolean; text: string };
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export async function repeat(runs: number, fn: (run: number) => Promise<number>): Promise<{ median: number; spread: [number, number]; runs: number }> {
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await fn(i));
  return { median: median(values), spread: [Math.min(...values), Math.max(...values)], runs };
}

export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function budget(value: number, limit: number, unit: string, lowerIsBetter = true): Figure['budget'] {
  return { limit, met: lowerIsBetter ? value <= limit : value >= limit, text: `${lowerIsBetter ? '≤' : '≥'} ${limit} ${unit}` };
}

export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.group,
    f.name,
    `${round(f.value, f.value < 10 ? 2 : 1)} ${f.unit}`,
    f.spread ? `${round(f.spread[0], 2)}–${round(f.spread[1], 2)} (n=${f.runs})` : '',
    f.ratio ?? '',
    f.budget ? `${f.budget.text} ${f.budget.met ? 'met' : 'NOT met'}` : '',
  ]);
  const head = ['group', 'figure', 'median', 'spread', 'ratio', 'budget'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
