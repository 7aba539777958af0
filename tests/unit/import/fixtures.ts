import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseImport, type ImportedData } from '../../../utils/import';

export const IMPORT_FIXTURES = resolve(import.meta.dirname, '../../fixtures/imports');
export const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);

/** Parses a fixture with a fixed clock and counting ids. */
export function parseFixture(name: string): ImportedData {
  let id = 0;
  return parseImport(name, new Uint8Array(readFileSync(resolve(IMPORT_FIXTURES, name))), { now: () => NOW, newId: () => `p${++id}` });
}

export const byName = (data: ImportedData, name: string) => data.people.find((p) => p.person.displayName === name);
