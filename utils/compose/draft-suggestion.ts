import { composeContext } from './compose';
import type { ComposeContext, Lang } from './context';

/**
 * A better text for a draft the linter flagged, from what the journal knows about the person in the box: after a
 * logged meeting, the after-meeting suggestion (it names the event and the meeting's note); with their request
 * note, an answer to it. Nothing without one of these: a suggestion without a personal fact is no better than
 * the draft. Pure (the caller turns records into these facts).
 */
export interface DraftFacts {
  platform: 'xing' | 'linkedin';
  lang: Lang;
  premium: boolean;
  person: { name: string; headline?: string; company?: string; wants?: string[]; haves?: string[] };
  /** The last logged meeting with an event name. */
  meeting?: { event: string; at: number; place?: string; notes?: string };
  /** The note of their pending request to the user. */
  theirNote?: string;
  me: { name?: string; company?: string; links?: string[] };
}

/** The calendar day of a time as YYYY-MM-DD, in UTC (meetings are logged by day). */
const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);

export function draftContext(facts: DraftFacts): ComposeContext | null {
  const myName = facts.me.name?.trim();
  if (!myName || !facts.person.name.trim()) return null;
  const base = {
    lang: facts.lang,
    platform: facts.platform,
    premium: facts.premium,
    person: facts.person,
    me: { name: myName, ...(facts.me.company ? { company: facts.me.company } : {}), ...(facts.me.links ? { links: facts.me.links } : {}) },
  };
  if (facts.meeting?.event.trim()) {
    const { event, at, place, notes } = facts.meeting;
    return { ...base, situation: 'after-meeting', meeting: { event, date: isoDay(at), ...(place ? { place } : {}), ...(notes ? { notes } : {}) } };
  }
  if (facts.theirNote?.trim()) return { ...base, situation: 'answer-request', request: { note: facts.theirNote } };
  return null;
}

/** The first suggestion for the draft's person, or undefined when the journal knows no personal fact to use. */
export function draftSuggestion(facts: DraftFacts): string | undefined {
  const context = draftContext(facts);
  if (!context) return undefined;
  const result = composeContext(context);
  return result.ok ? result.suggestions[0]!.text : undefined;
}
