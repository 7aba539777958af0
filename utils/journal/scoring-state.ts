import { normaliseMemberSince } from '../platforms/member-since';
import { verdictFeatures } from '../scoring/score';
import { addToState, createState, requestEvent } from '../scoring/state/state';
import type { MyProfile, ScoringState } from '../scoring/state/types';
import type { RequestInput, SenderFacts } from '../scoring/types';
import { requestTime } from './request-time';
import type { Identity, Person, Snapshot } from '../model/people';
import type { Interaction, Verdict } from '../model/relationships';
import type { RequestRecord } from '../model/requests';
import { compareText } from '../order';

/** The journal records the scorer learns from, as read in one go. */
export interface ScoringRecords {
  requests: readonly RequestRecord[];
  people: readonly Person[];
  snapshots: readonly Snapshot[];
  identities: readonly Identity[];
  interactions: readonly Interaction[];
  verdicts: readonly Verdict[];
  /** The user's own profile from the settings ("specific to you"). */
  me?: MyProfile;
}

export interface ScoringContext {
  state: ScoringState;
  /** The scorer's view of every received request, by request id. */
  inputs: Map<string, RequestInput>;
}

/** Keys of both sites may collide ("tobias-lang" could be either): the scorer sees them with their site. */
export const scoringKey = (platform: string, key: string): string => `${platform}:${key}`;


/**
 * The scorer's history built from the journal: every received request with its sender's latest profile
 * facts, withdrawals and re-sends, acceptances, logged meetings and the user's verdicts. Pure.
 */
export function scoringContextFrom(records: ScoringRecords): ScoringContext {
  const people = new Map(records.people.map((p) => [p.id, p]));
  const snapshots = summariseSnapshots(records.snapshots);
  const received = records.requests.filter((r) => r.direction === 'received').sort(byRequestTime);
  const state = createState();
  if (records.me) addToState(state, { type: 'me', profile: records.me });
  const context: ScoringContext = { state, inputs: new Map() };
  const seenBefore = new Map<string, RequestRecord>();
  for (const r of received) {
    const input = toInput(r, people.get(r.personId), snapshots.get(r.personId));
    const sender = input.sender!.key!;
    addReceived(context, r, input, seenBefore.get(sender));
    seenBefore.set(sender, r);
  }
  const { inputs } = context;

  const keysOf = new Map<string, string[]>();
  for (const i of records.identities) keysOf.set(i.personId, [...(keysOf.get(i.personId) ?? []), scoringKey(i.platform, i.key)]);
  for (const interaction of records.interactions) {
    const keys = keysOf.get(interaction.personId) ?? [];
    if (interaction.kind === 'met') for (const profileKey of keys) addToState(state, { type: 'met', profileKey });
    if (interaction.kind === 'message-received' && interaction.text) {
      for (const senderKey of keys) addToState(state, { type: 'message', senderKey, at: interaction.at, text: interaction.text });
    }
  }

  for (const v of [...records.verdicts].sort((a, b) => a.at - b.at)) {
    const input = v.requestId ? inputs.get(v.requestId) : undefined;
    if (!input || !v.requestId) continue;
    addToState(state, {
      type: 'verdict',
      requestId: v.requestId,
      senderKey: input.sender!.key!,
      verdict: v.verdict,
      at: v.at,
      features: verdictFeatures(input, state),
    });
  }
  return { state, inputs };
}

/** The order the history takes received requests in: by when they were made, ties by id (the store's order). */
export const byRequestTime = (a: RequestRecord, b: RequestRecord): number => requestTime(a) - requestTime(b) || compareText(a.id, b.id);

/** A sender's snapshots as the scorer reads them: the latest facts, and the first and last exact contact counts. */
export interface SenderSnapshots {
  latest?: Snapshot;
  counted?: { first: Snapshot; last: Snapshot };
}

/** Per person: the latest snapshot and the range of exact contact counts (only exact counts can show growth). Pure. */
export function summariseSnapshots(snapshots: Iterable<Snapshot>): Map<string, SenderSnapshots> {
  const out = new Map<string, SenderSnapshots>();
  for (const s of snapshots) {
    let entry = out.get(s.personId);
    if (!entry) out.set(s.personId, (entry = {}));
    if (!entry.latest || s.observedAt > entry.latest.observedAt) entry.latest = s;
    if (!s.facts.contacts || s.facts.contacts.atLeast) continue;
    const range = entry.counted;
    if (!range) entry.counted = { first: s, last: s };
    else {
      if (s.observedAt < range.first.observedAt) range.first = s;
      if (s.observedAt > range.last.observedAt) range.last = s;
    }
  }
  return out;
}

/**
 * Feeds one received request into the history (mutates it): its note, a re-send when the sender's request before
 * it (`earlier`) was closed, and what its own history shows (a withdrawal the page showed, an acceptance).
 */
export function addReceived(context: ScoringContext, r: RequestRecord, input: RequestInput, earlier: RequestRecord | undefined): void {
  const { state } = context;
  const sender = input.sender!.key!;
  context.inputs.set(r.id, input);
  addToState(state, requestEvent(input));
  if (earlier && earlier.state !== 'pending') addToState(state, { type: 'resent', senderKey: sender, requestId: r.id, at: requestTime(r) });
  addSteps(state, r, sender, r.history);
}

/** What these steps of a received request's history tell the scorer: a withdrawal the page showed, an acceptance. */
export function addSteps(state: ScoringState, r: RequestRecord, sender: string, steps: RequestRecord['history']): void {
  for (const step of steps) {
    if (step.state === 'withdrawn' && step.by === 'observed') {
      addToState(state, { type: 'withdrawn', senderKey: sender, requestId: r.id, firstSeenAt: requestTime(r), withdrawnAt: step.at.to });
    }
    if (step.state === 'accepted') addToState(state, { type: 'accepted', senderKey: sender, acceptedAt: step.at.to });
  }
}

/** The scorer's view of one received request: its note and time, its sender's name and latest profile facts. */
export function toInput(r: RequestRecord, person: Person | undefined, snapshots: SenderSnapshots | undefined): RequestInput {
  return { id: r.id, text: r.note, platform: r.platform, receivedAt: requestTime(r), sender: senderFacts(r.platform, r.key, person, snapshots) };
}

/** What the scorer knows of a person of a site: name, headline, latest counts and their growth. Pure. */
export function senderFacts(platform: RequestRecord['platform'], key: string, person: Person | undefined, snapshots: SenderSnapshots | undefined): SenderFacts {
  const { latest: snapshot, counted } = snapshots ?? {};
  const facts = snapshot?.facts;
  const from = counted?.first.facts.contacts?.count;
  const to = counted?.last.facts.contacts?.count;
  const days = counted ? (counted.last.observedAt - counted.first.observedAt) / 86_400_000 : 0;
  const memberSince = normaliseMemberSince(facts?.memberSince);
  return {
    key: scoringKey(platform, key),
    ...(person ? { name: person.displayName } : {}),
    ...(person?.headline ? { headline: person.headline } : {}),
    ...(facts?.contacts ? { contactCount: facts.contacts.count, contactCountCapped: facts.contacts.atLeast } : {}),
    ...(memberSince ? { memberSince } : {}),
    ...(from !== undefined && to !== undefined && days >= 1 ? { contactsSeen: { from, to, days } } : {}),
  };
}
