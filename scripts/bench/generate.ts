// Deterministic made-up people for benchmarks: the same seed gives the same journal in every run.
import type { Platform, TimeRange } from '../../utils/model/base';
import type { ProfileFacts } from '../../utils/model/people';
import { generateBenchNotes } from '../../utils/scoring/bench-data';

const FIRST = ['Jana', 'Tobias', 'Mehmet', 'Claudia', 'Jörg', 'Anna', 'Lukas', 'Sabine', 'Amelia', 'Lucas', 'Fatma', 'Ülrich', 'Marie', 'Karl', 'Ines', 'Ole'];
const LAST = ['Schmidt', 'Lang', 'Yılmaz', 'Krüger', 'Müller', 'Berger', 'Hahn', 'Weber', 'Hartmann', 'Moreau', 'Şahin', 'Becker', 'Wolf', 'Neumann', 'Roth', 'Brandt'];
const ROLE = ['Einkaufsleiterin', 'Vertriebsleiter', 'Key Account Manager', 'Head of Procurement', 'Geschäftsführer', 'Recruiter', 'Business Coach'];
const COMPANY = ['Brückner Consulting GmbH', 'Hanseblick Logistik GmbH', 'Weber & Söhne Maschinenbau', 'Nordlicht Software AG', 'Rheinwerk Präzision GmbH'];
const CITY = ['Köln', 'Hamburg', 'München', 'Berlin', 'Leipzig', 'Düsseldorf', 'Stuttgart'];
const NOTES = [
  '',
  'Hallo, wir sind in der gleichen Gruppe. Lassen Sie uns vernetzen und Synergien nutzen!',
  'Danke für das Gespräch gestern auf der Hannover Messe, gern bleiben wir in Kontakt.',
  'Hi, I would love to expand my network with professionals like you.',
  'Guten Tag, ich habe Ihren Beitrag zur Lieferketten-Digitalisierung gelesen und hätte eine Frage zu Ihrem Lieferantenaudit.',
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export interface GeneratedPerson {
  observation: { platform: Platform; key: string; url: string; facts: ProfileFacts };
  card: { key: string; name: string; headline: string; note: string; time: { text: string; range: TimeRange } };
}

// Requests spread over two years before this instant, as a real inbox's would be (not all in one minute).
const SPAN_END = Date.UTC(2026, 10, 1);
const SPAN_MS = 2 * 365 * 86_400_000;

export function generatePeople(n: number, seed: number): GeneratedPerson[] {
  const r = rng(seed);
  // Realistic notes: template families with swapped names, genuine free text, empty notes (the scorer's own generator).
  const notes = generateBenchNotes(n, seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const first = pick(FIRST);
    const last = pick(LAST);
    const platform: Platform = i % 2 === 0 ? 'xing' : 'linkedin';
    const key = platform === 'xing' ? `${first}_${last}${i}` : `${first}-${last}-${i.toString(16)}`.toLowerCase();
    const url = platform === 'xing' ? `https://www.xing.com/profile/${encodeURIComponent(key)}` : `https://www.linkedin.com/in/${encodeURIComponent(key)}/`;
    const headline = `${pick(ROLE)} bei ${pick(COMPANY)}`;
    const count = Math.floor(r() * 1200);
    return {
      observation: {
        platform,
        key,
        url,
        facts: { name: `${first} ${last}`, headline, location: pick(CITY), contacts: { count: Math.min(count, platform === 'xing' ? 999 : 500), atLeast: count >= (platform === 'xing' ? 999 : 500) } },
      },
      card: {
        key,
        name: `${first} ${last}`,
        headline,
        note: notes[i]?.text ?? pick(NOTES),
        time: { text: '', range: { from: SPAN_END - Math.floor(((n - i) / n) * SPAN_MS) - 86_400_000, to: SPAN_END - Math.floor(((n - i) / n) * SPAN_MS) } },
      },
    };
  });
}
