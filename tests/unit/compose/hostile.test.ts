import { describe, expect, it } from 'vitest';
import { compose } from '../../../utils/compose/compose';
import { SITUATIONS } from '../../../utils/compose/context';
import { CAPS } from '../../../utils/compose/facts';
import { capWords, graphemes, safeFact, safeLink } from '../../../utils/compose/safe-text';
import { FULL } from './contexts';

const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const FLAG = '🇩🇪'; // one grapheme, two code points, four UTF-16 units

const HOSTILE = {
  ...FULL,
  person: {
    name: '<img src=x onerror="alert(1)">Eva \u202Eredaer\u202C <b>Roth</b>{firstName}',
    company: `ACME\u0000 ${FLAG.repeat(200)} GmbH`,
    headline: 'x'.repeat(5000),
    wants: [`Kunden ${'für Präzisionsteile '.repeat(600)}`], // ~12,000 characters
    haves: ['\u2066\u2067\u2068 Beratung \u2069'],
  },
  meeting: { event: 'AUFSCHWUNG-Messe <script>x</script>', date: '2026-03-14', notes: `Thema: ${'a'.repeat(10_000)}` },
  introTo: { name: 'Jonas \u200BBerg', why: '{{first_name}} %COMPANYNAME% ' + 'warum '.repeat(2000) },
  me: { name: 'Jochen Thiel', links: ['javascript:alert(1)', 'https://user:pw@evil.example/', 'https://ok.example/a{b}', 'https://thiel.example/'] },
};

describe('hostile facts give safe, bounded text', () => {
  it.each(SITUATIONS.flatMap((s) => (['de', 'en'] as const).flatMap((l) => (['sie', 'du'] as const).map((a) => [s, l, a] as const))))(
    '%s %s %s',
    (situation, lang, address) => {
      const r = compose({ ...HOSTILE, situation, lang, address });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      for (const s of r.suggestions) {
        expect(s.text).not.toMatch(CONTROLS);
        expect(s.text).not.toMatch(/[<>{}]/);
        expect(s.text).not.toMatch(/javascript:|user:pw|ok\.example/);
        expect(s.text).not.toMatch(/%COMPANYNAME%|first_name/);
        expect(s.length).toBeLessThanOrEqual(s.limit);
        // Every fact is capped, so even a message stays short however long the facts were.
        expect(s.length).toBeLessThan(1200);
      }
    },
  );

  it('a name with markup and a bidi override becomes plain text', () => {
    expect(safeFact(HOSTILE.person.name, CAPS.name)).toBe('Eva redaer Roth firstName');
  });

  it('caps count graphemes, not UTF-16 units, and never split one', () => {
    const capped = safeFact(HOSTILE.person.company, CAPS.company)!;
    expect(graphemes(capped).length).toBeLessThanOrEqual(CAPS.company);
    for (const g of graphemes(capped)) expect([FLAG, 'A', 'C', 'M', 'E', ' ', '…']).toContain(g);
  });

  it('cuts between words and does not end on a dangling preposition', () => {
    expect(capWords('Lieferanten für Präzisionsteile aus Remscheid', 20)).toBe('Lieferanten…');
    expect(capWords('kurz', 20)).toBe('kurz');
    expect(capWords('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('links: only http(s), no credentials, no braces or spaces', () => {
    expect(HOSTILE.me.links.map(safeLink)).toEqual([undefined, undefined, undefined, 'https://thiel.example/']);
  });
});
