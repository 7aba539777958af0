import { minHash, sameSet, setKey, shingleHashes } from '../fingerprint/fingerprint';
import { createLsh, lshAdd } from '../fingerprint/lsh';
import { comparableWords, nameParts } from '../text/normalize';
import type { RequestInput } from '../types';
import type { NoteRecord, ScoringEvent, ScoringState, TextGroup } from './types';

export function createState(): ScoringState {
  return {
    version: 0,
    verdictsVersion: 0,
    myNames: [],
    notes: [],
    noteIndex: new Map(),
    bySender: new Map(),
    groups: [],
    groupByKey: new Map(),
    byTime: [],
    lsh: createLsh(),
    withdrawals: new Map(),
    resends: new Map(),
    accepted: new Map(),
    met: new Set(),
    mutuals: new Map(),
    verdicts: new Map(),
  };
}

/** The key a request's sender is known by; requests without one never match another sender. */
export function senderKeyOf(input: Pick<RequestInput, 'id' | 'sender'>): string {
  return input.sender?.key || `anon:${input.id}`;
}

/** The state event for a received request (what the journal or the detect CLI feeds in). */
export function requestEvent(input: RequestInput): ScoringEvent {
  return {
    type: 'request',
    requestId: input.id,
    text: input.text,
    ...(input.sender?.key ? { senderKey: input.sender.key } : {}),
    ...(input.sender?.name ? { senderName: input.sender.name } : {}),
    ...(input.platform ? { platform: input.platform } : {}),
    ...(input.receivedAt !== undefined ? { receivedAt: input.receivedAt } : {}),
  };
}

/** Name parts removed from a note before fingerprinting: the sender's and the user's. */
export function namesFor(state: ScoringState, senderName?: string, senderKey?: string): Set<string> {
  const names = nameParts(senderName, senderKey?.startsWith('anon:') ? undefined : senderKey);
  for (const n of state.myNames) names.add(n);
  return names;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function insertByTime(state: ScoringState, idx: number): void {
  const at = state.notes[idx]!.receivedAt!;
  const order = state.byTime;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (state.notes[order[mid]!]!.receivedAt! <= at) lo = mid + 1;
    else hi = mid;
  }
  order.splice(lo, 0, idx);
}

/** The existing group with exactly this shingle set, if any. */
export function findGroup(state: ScoringState, shingles: Uint32Array): number | undefined {
  const sameKey = state.groupByKey.get(setKey(shingles));
  const candidates = sameKey === undefined ? [] : typeof sameKey === 'number' ? [sameKey] : sameKey;
  return candidates.find((g) => sameSet(state.groups[g]!.shingles, shingles));
}

/** The group of a text's shingle set, created (fingerprinted and indexed) when new. */
function groupFor(state: ScoringState, words: number, shingles: Uint32Array): number {
  const key = setKey(shingles);
  const sameKey = state.groupByKey.get(key);
  const existing = findGroup(state, shingles);
  if (existing !== undefined) return existing;
  const group: TextGroup = { words, shingles, members: [] };
  const id = state.groups.push(group) - 1;
  // Most keys belong to one group: a bare number instead of an array per key keeps large journals small.
  if (sameKey === undefined) state.groupByKey.set(key, id);
  else if (typeof sameKey === 'number') state.groupByKey.set(key, [sameKey, id]);
  else sameKey.push(id);
  // The signature is needed only to file the group in the LSH index; queries compute their own.
  lshAdd(state.lsh, minHash(shingles), id);
  return id;
}

function addRequest(state: ScoringState, event: Extract<ScoringEvent, { type: 'request' }>): void {
  if (state.noteIndex.has(event.requestId)) return; // idempotent: the journal may replay a request
  const senderKey = event.senderKey || `anon:${event.requestId}`;
  const wordList = event.text.trim() ? comparableWords(event.text, namesFor(state, event.senderName, senderKey)) : [];
  const shingles = shingleHashes(wordList);
  const group = shingles.length > 0 ? groupFor(state, wordList.length, shingles) : undefined;
  const note: NoteRecord = {
    requestId: event.requestId,
    senderKey,
    empty: !event.text.trim(),
    ...(event.platform ? { platform: event.platform } : {}),
    ...(event.receivedAt !== undefined ? { receivedAt: event.receivedAt } : {}),
    ...(group !== undefined ? { group } : {}),
  };
  const idx = state.notes.push(note) - 1;
  state.noteIndex.set(event.requestId, idx);
  push(state.bySender, senderKey, idx);
  if (group !== undefined) state.groups[group]!.members.push(idx);
  if (note.receivedAt !== undefined) insertByTime(state, idx);
}

/**
 * Feeds one journal record into the state. Mutates and returns `state` (building a state of 10,000 notes
 * must stay linear); deterministic for the same sequence of events.
 */
export function addToState(state: ScoringState, event: ScoringEvent): ScoringState {
  switch (event.type) {
    case 'request':
      addRequest(state, event);
      break;
    case 'withdrawn':
      push(state.withdrawals, event.senderKey, {
        firstSeenAt: event.firstSeenAt,
        withdrawnAt: event.withdrawnAt,
        ...(event.requestId ? { requestId: event.requestId } : {}),
      });
      break;
    case 'resent':
      push(state.resends, event.senderKey, event.at);
      break;
    case 'accepted': {
      const thread = state.accepted.get(event.senderKey);
      if (thread) thread.acceptedAt = event.acceptedAt;
      else state.accepted.set(event.senderKey, { acceptedAt: event.acceptedAt, messages: [] });
      break;
    }
    case 'message': {
      const thread = state.accepted.get(event.senderKey);
      if (thread) thread.messages.push({ at: event.at, text: event.text });
      break;
    }
    case 'met':
      state.met.add(event.profileKey);
      break;
    case 'mutuals':
      state.mutuals.set(event.senderKey, [...event.mutualKeys]);
      break;
    case 'me':
      state.me = event.profile;
      state.myNames = [...nameParts(event.profile.name)];
      break;
    case 'verdict':
      state.verdicts.set(event.requestId, {
        requestId: event.requestId,
        verdict: event.verdict,
        at: event.at,
        features: {
          tokens: [...event.features.tokens],
          signals: [...event.features.signals],
          ...(event.features.text ? { text: { i: [...event.features.text.i], v: [...event.features.text.v], offset: event.features.text.offset } } : {}),
        },
        ...(event.senderKey ? { senderKey: event.senderKey } : {}),
      });
      state.verdictsVersion++;
      break;
    case 'forget-verdict':
      if (state.verdicts.delete(event.requestId)) state.verdictsVersion++;
      break;
  }
  state.version++;
  return state;
}

/** Builds a state from a list of events, in order. */
export function buildState(events: Iterable<ScoringEvent>): ScoringState {
  const state = createState();
  for (const event of events) addToState(state, event);
  return state;
}
