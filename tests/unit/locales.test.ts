import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import { translatorFromMessages } from '../../utils/i18n';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('locales', () => {
  it('German and English have the same keys', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message has the same placeholders in both languages, and uses each of them', () => {
    for (const [key, entry] of Object.entries(en as Messages)) {
      const other = (de as Messages)[key]!;
      expect(Object.keys(other.placeholders ?? {}).sort(), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      for (const name of Object.keys(entry.placeholders ?? {})) {
        expect(entry.message, `${key} en`).toContain(`$${name.toUpperCase()}$`);
        expect(other.message, `${key} de`).toContain(`$${name.toUpperCase()}$`);
      }
    }
  });

  it('has no empty messages and keys the browser accepts', () => {
    for (const messages of [en, de] as Messages[]) {
      for (const [key, entry] of Object.entries(messages)) {
        expect(key).toMatch(/^[A-Za-z0-9_]+$/);
        expect(entry.message.trim().length, key).toBeGreaterThan(0);
        // A closing quote glued to a word, or a message ending in a stray letter, is a broken edit.
        expect(entry.message, key).not.toMatch(/[“”]\p{Ll}|: \p{Lu}$/u);
      }
    }
  });

  it('every key the code asks for exists', () => {
    const used = new Set<string>();
    for (const dir of ['components', 'entrypoints', 'utils']) {
      for (const file of sourceFiles(join(ROOT, dir))) {
        for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) expect(Object.keys(en), key).toContain(key);
  });

  it('substitutes placeholders as the browser does', () => {
    const t = translatorFromMessages(de as Messages);
    expect(t('personContactsAtLeast', '999')).toBe('999+ Kontakte');
    expect(translatorFromMessages(en as Messages)('personFirstSeen', '14.03.2026')).toBe('First seen 14.03.2026');
  });
});
