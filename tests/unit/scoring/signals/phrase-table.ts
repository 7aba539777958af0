import { describe, expect, it } from 'vitest';
import type { Signal } from '../../../../utils/scoring/signals';
import { req, run } from '../helpers';

// [lang, note, fires?] — positive, negative and edge cases in German and English for every phrase signal.
export type Case = [lang: 'de' | 'en', note: string, fires: boolean];
export type PhraseTable = [Signal, 'positive' | 'negative', Case[]][];

/** Each signal of the table on each of its cases: fires or not, with the right direction, a reason and evidence quoted from the note. */
export function describePhraseTable(title: string, table: PhraseTable): void {
  describe(title, () => {
    for (const [signal, direction, cases] of table) {
      describe(signal.id, () => {
        it.each(cases)('%s: %s → %s', (lang, note, fires) => {
          const r = run(signal, req({ text: note, lang }));
          if (!fires) {
            expect(r).toBeNull();
            return;
          }
          expect(r).not.toBeNull();
          expect(r!.id).toBe(signal.id);
          expect(direction === 'positive' ? r!.weight > 0 : r!.weight < 0).toBe(true);
          expect(r!.reason.key).toMatch(/^(?:sig|score_sig)[A-Z]/);
          for (const part of (r!.evidence ?? '').split(' · ')) expect(note).toContain(part);
          expect(r!.reason.subs[0]!.length).toBeGreaterThan(0);
        });
      });
    }
  });
}
