import type { ComposeContext } from '../../../utils/compose/context';

/** Example people and meetings for the composer's tests (invented, not from the real samples). */
export const FULL: Omit<ComposeContext, 'situation' | 'lang'> = {
  platform: 'linkedin',
  person: {
    name: 'Dr. Katrin Weber',
    headline: 'Einkaufsleiterin Präzisionsteile',
    company: 'Weber & Söhne Maschinenbau GmbH',
    wants: ['Lieferanten für Präzisionsteile', 'Austausch zu Lieferketten-Digitalisierung'],
    haves: ['20 Jahre Erfahrung im strategischen Einkauf'],
  },
  meeting: { event: 'AUFSCHWUNG-Messe 2026', date: '2026-03-14', place: 'Halle 5', notes: 'Zweitlieferant für Drehteile; schickt Zeichnungen' },
  request: { note: 'Hallo Herr Thiel, wir haben uns am Stand kurz gesprochen. Ich würde Sie gern kontaktieren.' },
  introTo: { name: 'Jonas Berg', headline: 'Leiter Einkauf, Berg Antriebstechnik', why: 'wir suchen einen Pilotkunden für unsere neue Drehteile-Linie' },
  me: { name: 'Jochen Thiel', company: 'Thiel Drehteile', links: ['https://thiel-drehteile.example/referenzen'] },
};

/** Only what each situation needs: a name, and the meeting/request/introduction without extras. */
export const BARE: Omit<ComposeContext, 'situation' | 'lang'> = {
  platform: 'xing',
  person: { name: 'Ben Ott' },
  meeting: { event: 'Unternehmerstammtisch Bochum', date: '2025-11-05' },
  request: { note: '' },
  introTo: { name: 'Mira Sommer' },
  me: { name: 'Lea Franke' },
};

/** Named shapes for the golden files: every situation with and without Wants, notes and event. */
export const SHAPES: Record<string, Omit<ComposeContext, 'situation' | 'lang'>> = {
  full: FULL,
  'no-wants': { ...FULL, person: { ...FULL.person, wants: undefined, haves: undefined } },
  'no-notes': { ...FULL, meeting: { ...FULL.meeting!, notes: undefined }, request: { note: '' } },
  'no-event': { ...FULL, meeting: undefined },
  bare: { ...BARE, meeting: undefined },
  'bare-with-event': BARE,
};
