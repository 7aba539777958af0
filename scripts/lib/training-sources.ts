// Where the text model learns from: the real development corpus in ../shared (read in place, never copied into
// the project) and the project's own corpus. The holdout file is never trained on.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const REAL_CORPUS = resolve(ROOT, '../shared/real-samples/texts/dev-corpus.jsonl');
export const PROJECT_CORPUS = resolve(ROOT, 'tests/fixtures/corpus/requests.jsonl');
export const TRAINING_SOURCES = [REAL_CORPUS, PROJECT_CORPUS];

export function realCorpusMissing(): string | undefined {
  return existsSync(REAL_CORPUS) ? undefined : `the real corpus is not there (${REAL_CORPUS}): it lives in ../shared/real-samples/texts/, next to the worktree`;
}

/** Training sources that exist, except `exclude` (the file being cross-validated). */
export function readSources(exclude?: string): { path: string; text: string }[] {
  const skip = exclude ? resolve(exclude) : undefined;
  return TRAINING_SOURCES.filter((p) => p !== skip && existsSync(p)).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}
