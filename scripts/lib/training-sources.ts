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

/**
 * The training domain of a file: 'project' for the project's written corpus (its examples get an intercept of
 * their own in training, dropped afterwards; see TrainExample.domain), none for real notes.
 */
export function domainOf(path: string): string | undefined {
  return resolve(path) === PROJECT_CORPUS ? 'project' : undefined;
}

/** Training sources that exist, except `exclude` (the file being cross-validated). */
export function readSources(exclude?: string): { path: string; text: string; domain?: string }[] {
  const skip = exclude ? resolve(exclude) : undefined;
  return TRAINING_SOURCES.filter((p) => p !== skip && existsSync(p)).map((path) => {
    const domain = domainOf(path);
    return { path, text: readFileSync(path, 'utf8'), ...(domain ? { domain } : {}) };
  });
}
