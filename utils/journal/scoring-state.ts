import { normaliseMemberSince } from '../platforms/member-since';
import { verdictFeatures } from '../scoring/score';
import { addToState, createState, requestEvent } from '../scoring/state/state';
import type { MyProfile, ScoringState } from '../scoring/state/types';
import type { RequestInput } from '../scoring/types';
import { requestTime } from './request-time';
import type { Identity, Person, Snapshot } from '../model/people';
import type { Interaction, Verdict } from '../model/relationships';
import type { RequestRecord } from '../model/requests';

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
  const latest = new Map<string, Snapshot>();
  const counted = new Map<string, { first: Snapshot; last: Snapshot }>();
  for (const s of records.snapshots) {
    const known = latest.get(s.personId);
    if (!known || s.observedAt > known.observedAt) latest.set(s.personId, s);
    if (!s.facts.contacts || s.facts.contacts.atLeast) continue; // only exact counts can show growth
    const range = counted.get(s.personId);
    if (!range) counted.set(s.personId, { first: s, last: s });
    else {
      if (s.observedAt < range.first.observedAt) range.first = s;
      if (s.observedAt > range.last.observedAt) range.last = s;
    }
  }
  const received = records.requests.filter((r) => r.direction === 'received').sort((a, b) => requestTime(a) - requestTime(b));
  const state = createState();
  if (records.me) addToState(state, { type: 'me', profile: records.me });
  const inputs = new Map<string, RequestInput>();
  const seenBefore = new Map<string, RequestRecord>();

  for (const r of received) {
    const input = toInput(r, people.get(r.personId), latest.get(r.personId), counted.get(r.personId));
    inputs.set(r.id, input);
    addToState(state, requestEvent(input));
    const sender = input.sender!.key!;
    const earlier = seenBefore.get(sender);
    if (earlier && earlier.state !== 'pending') addToState(state, { type: 'resent', senderKey: sender, requestId: r.id, at: requestTime(r) });
    seenBefore.set(sender, r);
    for (const step of r.history) {
      if (step.state === 'withdrawn' && step.by === 'observed') {
        addToState(state, { type: 'withdrawn', senderKey: sender, requestId: r.id, firstSeenAt: requestTime(r), withdrawnAt: step.at.to });
      }
      if (step.state === 'accepted') addToState(state, { type: 'accepted', senderKey: sender, acceptedAt: step.at.to });
    }
  }

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

function toInput(r: RequestRecord, person: Person | undefined, snapshot: Snapshot | undefined, counted?: { first: Snapshot; last: Snapshot }): RequestInput {
  const facts = snapshot?.facts;
  const from = counted?.first.facts.contacts?.count;
  const to = counted?.last.facts.contacts?.count;
  const days = counted ? (counted.last.observedAt - counted.first.observedAt) / 86_400_000 : 0;
  const memberSince = normaliseMemberSince(facts?.memberSince);
  return {
    id: r.id,
    text: r.note,
    platform: r.platform,
    receivedAt: requestTime(r),
    sender: {
      key: scoringKey(r.platform, r.key),
      ...(person ? { name: person.displayName } : {}),
      ...(person?.headline ? { headline: person.headline } : {}),
      ...(facts?.contacts ? { contactCount: facts.contacts.count, contactCountCapped: facts.contacts.atLeast } : {}),
      ...(memberSince ? { memberSince } : {}),
      ...(from !== undefined && to !== undefined && days >= 1 ? { contactsSeen: { from, to, days } } : {}),
    },
  };
}
