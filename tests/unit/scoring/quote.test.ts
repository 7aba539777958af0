import { describe, expect, it } from 'vitest';
import { findPhrases, findProfileMarkers } from '../../../utils/scoring/phrases';
import { cut } from '../../../utils/scoring/signals/types';
import { foldWithMap, quote } from '../../../utils/scoring/text/fold-map';

// Evidence is quoted from the text as the user sees it, whatever stands before the match: folded indices are
// UTF-16 units and must map back to the original text unit for unit.
describe('exact evidence quotes', () => {
  const headlines: [string, string][] = [
    ['🚀 LION | Sales Coach', 'LION'],
    ['👩‍💻 Open Networker | 30K+', 'Open Networker'],
    ['🇩🇪🇦🇹 Grüße aus Köln | LION', 'LION'],
    ['Mo\u0308ller & So\u0308hne – open networker', 'open networker'],
  ];
  it.each(headlines)('headline %j quotes %j', (headline, expected) => {
    expect(findProfileMarkers(headline).get('open-networker')).toEqual([expected]);
  });

  const notes: [string, string, string][] = [
    ['emoji', '😀😀 Lassen Sie uns über Synergien sprechen', 'Synergien'],
    ['ZWJ family', 'Hallo 👨‍👩‍👧‍👦 Familie! Wir schaffen Win-Win-Situationen', 'Win-Win'],
    ['combining marks', 'Scho\u0308ne Gru\u0308\u00dfe, wir bieten eine kostenlose Potenzialanalyse an', 'kostenlose Potenzialanalyse'],
    ['umlauts', 'Schöne Grüße aus Düsseldorf, ich möchte mein Netzwerk erweitern', 'Netzwerk erweitern'],
    ['emoji after the match', 'Quick call next week? 📞', 'Quick call'],
  ];
  it.each(notes)('%s', (_what, note, expected) => {
    const all = [...findPhrases(note).values()].flat();
    expect(all).toContain(expected);
    for (const quoted of all) expect(note).toContain(quoted);
  });

  it('keeps the combining mark of the last quoted letter', () => {
    const text = foldWithMap('Sehr geehrte Frau Mu\u0308ller');
    expect(text.folded).toBe('sehr geehrte frau muller');
    expect(quote(text, text.folded.indexOf('muller'), text.folded.length)).toBe('Mu\u0308ller');
  });

  it('maps every folded UTF-16 unit back to the original', () => {
    const text = foldWithMap('🚀 ß 👍🏽');
    expect(text.map.length).toBe(text.folded.length);
    expect(quote(text, text.folded.indexOf('ss'), text.folded.indexOf('ss') + 2)).toBe('ß');
  });

  it('never cuts an emoji in half when shortening evidence', () => {
    expect(cut(`${'a'.repeat(8)}🚀🚀🚀`, 10)).toBe(`${'a'.repeat(8)}🚀…`);
    expect(cut('kurz', 10)).toBe('kurz');
  });
});
