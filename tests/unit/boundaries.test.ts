import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Who may touch the database is visible from the imports: only the background (and the store itself) imports
// utils/journal/. Page readers, the message protocol and the UI name the domain's shapes from utils/model/.
const ROOT = resolve(import.meta.dirname, '../..');
const JOURNAL = resolve(ROOT, 'utils/journal');
const NO_JOURNAL = ['utils/platforms', 'utils/messaging', 'utils/model', 'utils/scoring', 'utils/compose', 'utils/text', 'components'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = resolve(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Relative module specifiers of a file's static and dynamic imports and re-exports. */
export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*['"]([^'"]+)['"]/g, /(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found.filter((spec) => spec.startsWith('.'));
}

function resolveModule(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts'), resolve(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const inJournal = (path: string) => path === JOURNAL || path.startsWith(`${JOURNAL}/`);

/** Every project module a file pulls in, transitively (what the bundler would follow). */
function importGraph(entry: string, valuesOnly = false): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    // `valuesOnly`: what ends up in the bundle (type-only imports are erased).
    for (const spec of importSpecifiers(valuesOnly ? source.replace(/^\s*(?:import|export)\s+type\b[^;]*;/gm, '') : source)) {
      const target = resolveModule(file, spec);
      if (target) queue.push(target);
    }
  }
  return seen;
}

describe('module boundaries', () => {
  it('finds static, type-only, side-effect and dynamic imports', () => {
    const source = `import type { A } from '../journal/a';\nimport '../journal/b';\nexport { c } from './c';\nconst d = import('./d');\nimport {\n  e,\n} from "./e";`;
    expect(importSpecifiers(source).sort()).toEqual(['../journal/a', '../journal/b', './c', './d', './e']);
  });

  for (const dir of NO_JOURNAL) {
    it(`${dir} never imports the journal`, () => {
      const offenders = sourceFiles(resolve(ROOT, dir)).flatMap((file) =>
        importSpecifiers(readFileSync(file, 'utf8'))
          .filter((spec) => inJournal(resolve(dirname(file), spec)))
          .map((spec) => `${relative(ROOT, file)} → ${spec}`),
      );
      expect(offenders).toEqual([]);
    });
  }

  const contentScripts = readdirSync(resolve(ROOT, 'entrypoints')).filter((name) => name.endsWith('.content'));
  it('has content scripts to check', () => expect(contentScripts.length).toBeGreaterThanOrEqual(4));
  for (const name of contentScripts) {
    it(`content script ${name} does not pull the journal in, directly or through other modules`, () => {
      const entry = resolve(ROOT, 'entrypoints', name, 'index.ts');
      const reached = [...importGraph(entry)].filter(inJournal).map((file) => relative(ROOT, file));
      expect(reached).toEqual([]);
    });
  }

  // The text model's weights (utils/scoring/text-model/weights.generated.ts) are loaded by the background only.
  const WEIGHTS = resolve(ROOT, 'utils/scoring/text-model/weights.generated.ts');
  for (const name of readdirSync(resolve(ROOT, 'entrypoints')).filter((n) => n !== 'background')) {
    it(`${name} does not load the text model's weights`, () => {
      const dir = resolve(ROOT, 'entrypoints', name);
      const entries = statSync(dir).isDirectory() ? readdirSync(dir).filter((f) => /^(?:index|main)\.tsx?$/.test(f)).map((f) => resolve(dir, f)) : [dir];
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) expect(importGraph(entry).has(WEIGHTS), entry).toBe(false);
    });
  }
  it("the background loads the text model's weights", () => {
    expect(importGraph(resolve(ROOT, 'entrypoints/background/index.ts')).has(WEIGHTS)).toBe(true);
  });

  // The pills show on every request list: the rich badge (Preact, the page parsers, the verified clicks) is its own
  // script, loaded only when the user turns to a pill (entrypoints/inpage-rich.ts).
  const RICH_ONLY = ['components/inpage/RequestBadge.tsx', 'utils/platforms/xing/parse-page.ts', 'utils/platforms/linkedin/parse-page.ts', 'utils/platforms/common/actions/verified-flow.ts', 'utils/platforms/common/actions/inpage-rich.ts'];
  it('the pills do not pull the rich badge in; the rich badge does', () => {
    for (const site of ['xing', 'linkedin']) {
      const pills = importGraph(resolve(ROOT, `entrypoints/inpage-${site}.ts`), true);
      expect(RICH_ONLY.filter((file) => pills.has(resolve(ROOT, file)))).toEqual([]);
      expect([...pills].some((file) => /preact|\.tsx$/.test(file))).toBe(false);
    }
    const rich = importGraph(resolve(ROOT, 'entrypoints/inpage-rich.ts'));
    expect(RICH_ONLY.filter((file) => !rich.has(resolve(ROOT, file)))).toEqual([]);
  });

  // One pills script per site: each carries its own site's code and none of the other's.
  it.each([
    ['xing', 'linkedin'],
    ['linkedin', 'xing'],
  ])('the %s pills import nothing of %s', (site, other) => {
    const pills = [...importGraph(resolve(ROOT, `entrypoints/inpage-${site}.ts`), true)].map((file) => relative(ROOT, file));
    expect(pills.filter((file) => file.startsWith(`utils/platforms/${other}/`) || file === 'utils/platforms/clicks/site-cards.ts' || file.endsWith('/inpage-env.ts'))).toEqual([]);
    expect(pills.some((file) => file.startsWith(`utils/platforms/${site}/`))).toBe(true);
  });

  it('the background does reach the journal (the graph walk follows imports)', () => {
    const reached = [...importGraph(resolve(ROOT, 'entrypoints/background/index.ts'))].filter(inJournal);
    expect(reached.length).toBeGreaterThan(5);
  });
});
