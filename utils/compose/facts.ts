import { nameParts } from '../text/name-parts';
import type { Address, ComposeContext, Lang, Situation } from './context';
import { germanAt } from './german-event';
import { capWords, safeFact, safeLink } from './safe-text';

/**
 * The safe, short facts a suggestion is written from. Every string here is cleaned and capped (safe-text.ts),
 * so templates can use them as they are. Pure.
 */
export interface Facts {
  situation: Situation;
  lang: Lang;
  address: Address;
  name: string;
  firstName: string;
  company?: string;
  headline?: string;
  /** Their first Wants ("Ich suche") item, shortened. */
  wants?: string;
  haves?: string;
  event?: string;
  /** German dative phrase for the event: "auf der AUFSCHWUNG-Messe". */
  eventAtDe?: string;
  /** "am 14. März" / "on 14 March"; revive uses the month: "im März 2025" / "in March 2025". */
  dayDe?: string;
  dayEn?: string;
  monthDe?: string;
  monthEn?: string;
  place?: string;
  /** The first point of the user's meeting notes. */
  topic?: string;
  /** Whether their request came with a note. */
  requestNote: boolean;
  intro?: { name: string; firstName: string; headline?: string; why?: string };
  me: { name: string; firstName: string; company?: string; links: string[] };
}

export const CAPS = { name: 60, company: 60, headline: 80, wants: 70, event: 60, place: 40, topic: 70, why: 90 } as const;

const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "Dr. med. Katrin Weber, MBA" → "Katrin": titles, credentials, pronouns and emoji are no first name (nameParts). */
export function firstNameOf(name: string): string {
  const parts = nameParts(name);
  return parts.given.split(' ')[0] || parts.family || name;
}

// A full stop that ends a point: not one after a figure ("15. April"), a single letter ("z. B.") or an abbreviation.
const POINT_END = /(?<!\b(?:\d+|\p{L}|dr|ca|nr|bzw|evtl|ggf|inkl|zzgl|vgl|usw|etc|prof|st|str|tel|mr|mrs|ms|vs|approx|no|e\.g|i\.e))\.(?:\s|$)/iu;

/** The first point of free notes: up to the first full stop that ends a sentence, a semicolon or a line break. */
function firstPoint(notes: string | undefined): string | undefined {
  if (!notes) return undefined;
  const first = notes.split(/[\n;]/).map((line) => line.split(POINT_END)[0]!.trim()).find((s) => s.length > 0);
  return phrase(safeFact(first, CAPS.topic));
}

// People say "bei Weber & Söhne", not "bei Weber & Söhne GmbH & Co. KG"; the legal form also reads like a
// mail merge to the draft linter.
const LEGAL_FORM = /(?:,?\s+(?:GmbH|AG|SE|KG|KGaA|OHG|UG|mbH|e\.\s?V\.|Inc\.?|Ltd\.?|LLC|PLC|Corp\.?|B\.V\.|S\.A\.|&\s?Co\.?|\(haftungsbeschränkt\)))+$/iu;
export const withoutLegalForm = (company: string | undefined): string | undefined => company?.replace(LEGAL_FORM, '').trim() || company;

/** A fact quoted inside a sentence brings no full stop of its own ("Mein Anliegen: Lieferanten finden."). */
const phrase = (fact: string | undefined): string | undefined => fact?.replace(/[\s.!?;:,]+$/u, '') || undefined;

function firstItem(items: string[] | undefined, max: number): string | undefined {
  for (const item of items ?? []) {
    const fact = safeFact(item, max);
    if (phrase(fact)) return phrase(fact);
  }
  return undefined;
}

export function factsFrom(context: ComposeContext, address: Address): Facts {
  const name = safeFact(context.person.name, CAPS.name) ?? '';
  const meName = safeFact(context.me.name, CAPS.name) ?? '';
  const facts: Facts = {
    situation: context.situation,
    lang: context.lang,
    address,
    name,
    firstName: firstNameOf(name),
    requestNote: !!context.request?.note.trim(),
    me: {
      name: meName,
      firstName: firstNameOf(meName),
      company: safeFact(context.me.company, CAPS.company),
      links: (context.me.links ?? []).slice(0, 10).map(safeLink).filter((l): l is string => !!l).slice(0, 2),
    },
  };
  facts.company = withoutLegalForm(safeFact(context.person.company, CAPS.company));
  facts.headline = phrase(safeFact(context.person.headline, CAPS.headline));
  facts.wants = firstItem(context.person.wants, CAPS.wants);
  facts.haves = firstItem(context.person.haves, CAPS.wants);
  const meeting = context.meeting;
  if (meeting) {
    facts.event = safeFact(meeting.event, CAPS.event);
    if (facts.event) facts.eventAtDe = germanAt(facts.event);
    const [y, m, d] = meeting.date.split('-').map(Number) as [number, number, number];
    facts.dayDe = `am ${d}. ${MONTHS_DE[m - 1]}`;
    facts.dayEn = `on ${d} ${MONTHS_EN[m - 1]}`;
    // "auf der AUFSCHWUNG-Messe 2026 im März", not "… 2026 im März 2026".
    const year = facts.event?.includes(String(y)) ? '' : ` ${y}`;
    facts.monthDe = `im ${MONTHS_DE[m - 1]}${year}`;
    facts.monthEn = `in ${MONTHS_EN[m - 1]}${year}`;
    facts.place = safeFact(meeting.place, CAPS.place);
    facts.topic = firstPoint(meeting.notes);
  }
  if (context.introTo) {
    const introName = safeFact(context.introTo.name, CAPS.name) ?? '';
    facts.intro = {
      name: introName,
      firstName: firstNameOf(introName),
      headline: safeFact(context.introTo.headline, CAPS.headline),
      why: phrase(safeFact(context.introTo.why, CAPS.why)),
    };
  }
  return facts;
}

/** A fact shortened further when a suggestion must fit a small limit (fit.ts). */
export function shrinkFacts(facts: Facts, factor: number): Facts {
  const cut = (text: string | undefined, max: number) => (text ? capWords(text, Math.max(12, Math.floor(max * factor))) : undefined);
  return {
    ...facts,
    wants: cut(facts.wants, CAPS.wants),
    haves: cut(facts.haves, CAPS.wants),
    headline: cut(facts.headline, CAPS.headline),
    topic: cut(facts.topic, CAPS.topic),
    intro: facts.intro && { ...facts.intro, why: cut(facts.intro.why, CAPS.why), headline: cut(facts.intro.headline, CAPS.headline) },
  };
}
