import { seededRandom } from '../random';
import type { RequestInput } from './types';

/**
 * A deterministic generator of realistic request notes for benchmarks: German and English, genuine notes
 * assembled from varied parts, template families with swapped names and small edits, empty notes, bursts.
 * Same seed, same notes. Pure.
 */


const FIRST = ['Anna', 'Jonas', 'Lea', 'Markus', 'Sophie', 'Felix', 'Claudia', 'Tobias', 'Jan', 'Emily', 'Ravi', 'Chloe', 'Mehmet', 'Ines', 'Piotr', 'Sara', 'Lukas', 'Mia', 'David', 'Olga'];
const LAST = ['Becker', 'Schmidt', 'Wagner', 'Hoffmann', 'Novak', 'Brooks', 'Klein', 'Kaya', 'Laurent', 'Fischer', 'Meyer', 'Costa', 'Richter', 'Wolf', 'Patel', 'Jansen'];
const TOPICS_DE = ['die Lieferantenbewertung', 'das EDI-Projekt', 'die Ausschreibung für Drehteile', 'den Rahmenvertrag 2027', 'die Muster für das Gehäuse', 'die Zollabwicklung in die Schweiz', 'das Lieferantenportal', 'die Preisgleitklausel', 'die Härte-Aufträge', 'den Liefertermin der Flansche', 'die Erstbemusterung', 'das Konsignationslager'];
const TOPICS_EN = ['the supplier audit', 'the RFQ for the manifolds', 'the 2027 forecast', 'our consignment stock', 'the revised drawings', 'the freight tender', 'the portal rollout', 'the PPAP documents', 'the spur gear quote', 'the customs paperwork', 'the 8D report', 'the price escalation clause'];
const DAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'];
const DAYS_EN = ['Monday', 'Tuesday', 'Thursday', 'Friday', 'next week'];
const PARTS = ['Buchse', 'Welle', 'Flansch', 'Gehäusedeckel', 'Zahnrad', 'Spindel', 'Hülse', 'Lagerschild', 'Ventilblock', 'Halter', 'Blechwinkel', 'Gussrohling'];
const PARTS_EN = ['bushing', 'shaft', 'flange', 'housing cover', 'spur gear', 'spindle', 'sleeve', 'bearing shield', 'valve block', 'bracket', 'sheet bracket', 'casting'];
const MATERIALS = ['1.4404', 'C45', 'AlMg3', 'GJS-400', 'POM', 'Messing', '42CrMo4', 'S355'];
const CITIES = ['Remscheid', 'Solingen', 'Wuppertal', 'Lüdenscheid', 'Siegen', 'Aachen', 'Brno', 'Wrocław', 'Eindhoven', 'Chennai', 'Suzhou', 'Gummersbach'];
const PEOPLE = ['Herr Klein', 'Frau Wolter', 'Herr Esser', 'Frau Lehmann', 'Herr Otten', 'Frau Brandt', 'Herr Görtz'];
const PEOPLE_EN = ['Jakub', 'Hannah Lewis', 'Erik', 'Zoe', 'Peter Grayson', 'James', 'Aylin'];

// Sentence pools for genuine notes ({T} topic, {P} part, {M} material, {C} city, {D} day, {X} person, {N} number):
// each note draws three different sentences, so notes share words but rarely whole texts.
const SENTENCES_DE = [
  'danke für das Gespräch gestern über {T}', 'wir hatten auf der Messe kurz über {T} gesprochen', '{X} meinte, ich solle mich wegen {T} melden',
  'nach Ihrem Vortrag hätte ich noch eine Frage zu {T}', 'ich übernehme ab sofort {T} von meiner Kollegin', 'wie am Telefon besprochen, hier kurz zu {T}',
  'Es geht um {N} Stück {P} aus {M}', 'Die {P} fertigen wir in {C}', 'Ich melde mich am {D} mit den Unterlagen', 'Passt Ihnen ein kurzes Telefonat am {D}',
  'Die Zeichnungen für die {P} schicke ich per Mail', 'Bis {D} sollte das Angebot bei Ihnen sein', 'Gern stelle ich den Kontakt zu {X} her',
  'Die Muster aus {M} gehen {D} raus', 'Unser Werk in {C} hat noch Kapazität frei', 'Haben Sie für {T} schon einen Ansprechpartner',
  'Die Toleranzen der {P} prüfen wir noch einmal', '{X} lässt herzlich grüßen', 'Wir sind seit {N} Jahren Zulieferer im Maschinenbau', 'Ich war letzte Woche in {C} beim Kunden',
];
const SENTENCES_EN = [
  'great talking to you yesterday about {T}', 'thanks for the quick reply on {T}', '{X} said you are handling {T}', 'I was in your workshop and wanted to ask about {T}',
  'I am taking over {T} from my colleague', 'following up on our call about {T}', 'it is about {N} pcs of the {P} in {M}', 'we make the {P} in our {C} plant',
  "I'll send the details by {D}", 'could we have a short call on {D}', 'the revised drawings for the {P} are in my email', 'the quote should reach you by {D}',
  'happy to put you in touch with {X}', 'the {M} samples ship on {D}', 'our {C} site still has free capacity', 'who on your side looks after {T}',
  'we will check the tolerances of the {P} again', '{X} sends regards', 'we have supplied machine builders for {N} years', 'I visited a customer in {C} last week',
];
const fill = (rnd: () => number, sentence: string, de: boolean) =>
  sentence
    .replace('{T}', pick(rnd, de ? TOPICS_DE : TOPICS_EN))
    .replace('{P}', pick(rnd, de ? PARTS : PARTS_EN))
    .replace('{M}', pick(rnd, MATERIALS))
    .replace('{C}', pick(rnd, CITIES))
    .replace('{D}', pick(rnd, de ? DAYS : DAYS_EN))
    .replace('{X}', pick(rnd, de ? PEOPLE : PEOPLE_EN))
    .replace('{N}', String(Math.floor(rnd() * 900) + 20));

const TEMPLATES = [
  (n: string) => `Hallo ${n}, ich bin auf Ihr interessantes Profil aufmerksam geworden und sehe einige Gemeinsamkeiten. Gerne würde ich Sie in mein Netzwerk aufnehmen – vielleicht ergeben sich Synergien für beide Seiten.`,
  (n: string) => `Hi ${n}, I came across your profile and was impressed by your background. I'm looking to expand my network with like-minded professionals. Would love to connect!`,
  (n: string) => `Hallo ${n}, wir sind beide Mitglied in der Gruppe „Mittelstand Netzwerk NRW“. Ich würde mich freuen, Sie auch in meinem persönlichen Netzwerk begrüßen zu dürfen!`,
  (n: string) => `Hi ${n}, thanks for checking out my profile! We help manufacturing companies cut supplier costs by 15-20% with our analytics. Open to a quick 15-min chat?`,
  (n: string) => `Guten Tag ${n}, wir haben ein kostenloses Whitepaper „Einkauf 4.0“ erstellt. Darf ich es Ihnen zusenden?`,
];

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

// Real genuine notes are free text: beyond a familiar opening they share few word pairs. Content words are
// synthesised from syllables (Zipf-like choice) so 10,000 notes differ as real ones do, at realistic lengths.
const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'ban', 'sil', 'ro', 'ge', 'fen', 'dra', 'ul', 'pe', 'nor', 'vis', 'te', 'ham', 'qu', 'est', 'lin', 'ze', 'mar', 'so', 'kri', 'ta', 'ber', 'ou', 'nak', 'di', 'wel', 'pra'];
const STOP_DE = ['die', 'der', 'und', 'wir', 'für', 'mit', 'das', 'ist', 'auch', 'noch', 'bei', 'von'];
const STOP_EN = ['the', 'and', 'we', 'for', 'with', 'is', 'to', 'of', 'on', 'our', 'in', 'also'];
function contentWord(rnd: () => number, de: boolean): string {
  if (rnd() < 0.35) return pick(rnd, de ? STOP_DE : STOP_EN);
  const rank = Math.floor(Math.exp(rnd() * Math.log(20_000))); // log-uniform: a Zipf-like vocabulary
  let word = '';
  for (let n = rank * 7919 + 13, i = 0; i < 2 + (rank % 3); i++, n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
}

function genuine(rnd: () => number, sender: string): string {
  const de = rnd() < 0.5;
  const opening = fill(rnd, pick(rnd, de ? SENTENCES_DE : SENTENCES_EN), de);
  const content = Array.from({ length: 10 + Math.floor(rnd() * 25) }, () => contentWord(rnd, de)).join(' ');
  const greeting = pick(rnd, de ? ['Hallo Frau Weber', 'Guten Tag Frau Weber', 'Liebe Frau Weber', 'Hallo Katrin'] : ['Hi Katrin', 'Hello Katrin', 'Dear Katrin']);
  return `${greeting}, ${opening}. ${content}. ${de ? 'Viele Grüße' : 'Best'}, ${sender}`;
}

function templated(rnd: () => number, family: number): string {
  let note = TEMPLATES[family % TEMPLATES.length]!(pick(rnd, ['Frau Weber', 'Katrin', 'Herr Schmidt', 'Anna']));
  if (rnd() < 0.3) note = note.replace('Gerne', 'Sehr gerne').replace('love', 'really love');
  if (rnd() < 0.3) note += ` Beste Grüße, ${pick(rnd, FIRST)}`;
  return note;
}

/** `n` requests, one every few minutes from 2026-01-01, with realistic mixes of senders and texts. */
export function generateBenchNotes(n: number, seed = 42): RequestInput[] {
  const rnd = seededRandom(seed);
  const out: RequestInput[] = [];
  let at = Date.UTC(2026, 0, 1, 8, 0, 0);
  for (let i = 0; i < n; i++) {
    at += Math.floor(rnd() * 30 * 60_000) + 60_000;
    const name = `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;
    const key = `${name.toLowerCase().replace(/\s+/g, '-')}-${i.toString(36)}`;
    const roll = rnd();
    const text = roll < 0.25 ? '' : roll < 0.55 ? templated(rnd, Math.floor(rnd() * 40)) : genuine(rnd, name);
    const platform = rnd() < 0.5 ? 'xing' : 'linkedin';
    const capped = rnd() < 0.15;
    out.push({
      id: `bench-${i}`,
      text,
      platform,
      lang: text.startsWith('H') && !text.startsWith('Hi ') && !text.startsWith('Hello') ? 'de' : 'en',
      receivedAt: at,
      sender: {
        key,
        name,
        headline: pick(rnd, ['Einkäufer', 'Sales Manager', 'Vertrieb', 'Quality Engineer', 'Business Coach']),
        contactCount: capped ? (platform === 'xing' ? 999 : 500) : Math.floor(rnd() * 400) + 20,
        contactCountCapped: capped,
        memberSince: `${2008 + Math.floor(rnd() * 18)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}`,
      },
    });
  }
  return out;
}
