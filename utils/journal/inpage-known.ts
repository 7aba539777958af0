import type { Deps } from './profiles';
import { byPerson, valid } from './record-reads';
import { Interaction, JournalEvent } from '../model/relationships';
import { RequestRecord, type RequestState } from '../model/requests';

/** What an expanded badge says the journal knows about the person, beyond the request itself (issue 17). */
export interface BadgeFacts {
  /** The last logged meeting. */
  met?: { at: number; eventName?: string; place?: string };
  /** The user's last decision on an earlier request of this person (either site), and when. */
  earlier?: { state: DecidedState; at: number };
}

/** The states that are the user's decision on a received request (a sent one's outcome is the other person's). */
export const DECIDED = ['accepted', 'declined', 'ignored', 'reported', 'blocked'] as const;
export type DecidedState = (typeof DECIDED)[number];
const decided = (state: RequestState): state is DecidedState => (DECIDED as readonly string[]).includes(state);


/**
 * Reads the facts for these people in ONE transaction: called only for the badges the user turned to (the
 * expanded ones), never for every pill of a list. `shown`: each person's request on the card, left out of "earlier".
 */
export async function readBadgeFacts(deps: Deps, people: readonly { personId: string; shown?: string }[]): Promise<Map<string, BadgeFacts>> {
  const facts = new Map<string, BadgeFacts>();
  if (!people.length) return facts;
  const tx = deps.db.transaction(['interactions', 'events', 'requests'], 'readonly');
  const read = await Promise.all(
    people.map(async ({ personId }) => ({
      acts: valid(Interaction, await tx.objectStore('interactions').index('personTime').getAll(byPerson(personId))),
      requests: valid(RequestRecord, await tx.objectStore('requests').index('personId').getAll(personId)),
    })),
  );
  const metEvents = read.map(({ acts }) => lastMeeting(acts));
  const events = await Promise.all(metEvents.map((m) => (m?.eventId ? tx.objectStore('events').get(m.eventId) : undefined)));
  await tx.done;
  people.forEach(({ personId, shown }, i) => {
    const met = metEvents[i];
    const eventName = JournalEvent.safeParse(events[i]).data?.name;
    const earlier = lastDecision(read[i]!.requests, shown);
    facts.set(personId, {
      ...(met ? { met: { at: met.at, ...(eventName ? { eventName } : {}), ...(met.place ? { place: met.place } : {}) } } : {}),
      ...(earlier ? { earlier } : {}),
    });
  });
  return facts;
}

const lastMeeting = (acts: readonly Interaction[]): Interaction | undefined => acts.filter((a) => a.kind === 'met').sort((a, b) => b.at - a.at)[0];

/** The user's newest decision on a received request other than `shown`, at the time it was recorded. Pure. */
export function lastDecision(requests: readonly RequestRecord[], shown: string | undefined): BadgeFacts['earlier'] {
  let best: BadgeFacts['earlier'];
  for (const r of requests) {
    if (r.id === shown || r.direction !== 'received' || !decided(r.state)) continue;
    const state = r.state;
    const at = [...r.history].reverse().find((h) => h.state === state)?.at.to ?? r.lastSeenAt;
    if (!best || at > best.at) best = { state, at };
  }
  return best;
}
