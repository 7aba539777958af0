// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PersonCard } from '../../../components/PersonCard';
import { DEFAULT_TRIAGE } from '../../../components/popup/triage';
import { RequestList } from '../../../components/popup/RequestList';
import { cleanText, INVISIBLE_CONTROLS } from '../../../utils/text/clean';
import { POPUP, routedJournal, tab } from './router-helpers';
import { renderInto } from './render';

/** Hostile page text, generated: markup, handlers, script URLs, SVG, bidi and zero-width marks, emoji, marks, RTL, size. */
function corpus(): string[] {
  const payloads = [
    '<script>window.__tripwire = 1</script>',
    '<img src=x onerror="window.__tripwire=1">',
    '<svg onload="window.__tripwire=1"><circle r=5/></svg>',
    '<a href="javascript:window.__tripwire=1">x</a>',
    'javascript:window.__tripwire=1',
    'data:text/html,<script>window.__tripwire=1</script>',
    '"><iframe srcdoc="<script>parent.__tripwire=1</script>">',
    '{{constructor.constructor("window.__tripwire=1")()}}',
    '\u202Egnp.exe',
    'Jana\u2066Schmidt\u2069',
    'Ali\u061C\u200F',
    'zero\u200Bwidth\uFEFF',
    '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}',
    '\u{1F3F3}\uFE0F\u200D\u{1F308}',
    'می\u200Cخواهم',
    'Zoe\u0308 Ba\u0301rbara',
    'e\u0301\u0302\u0303\u0304',
    'مرحبا بكم',
    'שלום עולם',
    '日本語の名前',
    'Ｊａｎａ',
  ];
  const frames = [(p: string) => p, (p: string) => `Jana ${p}`, (p: string) => `${p} Schmidt`, (p: string) => `  ${p}\n\t${p}  `, (p: string) => `Dr. ${p} (LION)`, (p: string) => `${p}${p}`, (p: string) => `<b>${p}</b> & <i>x</i>`];
  const out = payloads.flatMap((p) => frames.map((f) => f(p)));
  for (let n = 0; n < 20; n++) out.push(`${'Name'.repeat(2500)}${n}`, `${String(n).repeat(10_000)}`);
  for (let n = 0; n < 10; n++) out.push(`${'\u{1F600}'.repeat(400 + n)}`, `${'a\u0301'.repeat(5000)}${n}`);
  return out;
}

/** What must be kept of a text: all of it but the invisible controls and folded white space (then capped). */
const kept = (raw: string) => raw.normalize('NFC').replace(new RegExp(`[${INVISIBLE_CONTROLS}]`, 'g'), '').replace(/\s+/g, ' ').trim();

describe('a hostile-text corpus through cleaning, the journal and the popup', () => {
  const texts = corpus();

  it(`has at least 200 strings (${texts.length})`, () => expect(texts.length).toBeGreaterThanOrEqual(200));

  it('cleaning keeps exactly what should be kept; a cut leaves whole graphemes', () => {
    for (const raw of texts) {
      const clean = cleanText(raw);
      if (clean.endsWith('…') && clean !== kept(raw)) expect(kept(raw).startsWith(clean.slice(0, -1).trimEnd())).toBe(true);
      else expect(clean).toBe(kept(raw));
    }
  });

  it('round trip through the real router and journal, then rendered as text: nothing runs, nothing is lost', { timeout: 0 }, async () => {
    const j = await routedJournal();
    (window as unknown as { __tripwire?: number }).__tripwire = undefined;
    for (const [i, raw] of texts.entries()) {
      const name = cleanText(raw);
      const url = `https://www.xing.com/profile/Hostile_${i}`;
      const saved = await j.handle({ type: 'capture/profile', payload: { platform: 'xing', url, facts: { name, headline: name } } }, tab(url));
      expect(saved.ok, `string ${i}`).toBe(true);
      const got = await j.handle({ type: 'person/get', payload: { platform: 'xing', key: `Hostile_${i}` } }, POPUP);
      const view = got.ok ? (got.data as unknown as { view: { person: { displayName: string }; identities: never[] } }).view : null;
      expect(view?.person.displayName, `string ${i}`).toBe(name);
      const card = renderInto(<PersonCard person={view!.person as never} identities={view!.identities} locale="en" />);
      const list = renderInto(<RequestList items={[{ id: 'r', platform: 'xing', name, note: raw, profileUrl: url, seenAt: 0 }]} total={1} options={DEFAULT_TRIAGE} now={0} locale="en" onOptions={() => {}} onVerdict={() => {}} onOpenDashboard={() => {}} />);
      for (const el of [card, list]) {
        expect(el.querySelectorAll('script, img, svg, iframe, [onerror], [onload]').length, `string ${i}`).toBe(0);
        for (const a of el.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https:\/\/www\.xing\.com\//);
        expect(el.textContent).toContain(name);
      }
      card.remove();
      list.remove();
    }
    expect((window as unknown as { __tripwire?: number }).__tripwire).toBeUndefined();
  });
});
