import { minHash, sameSet, setKey, shingleHashes } from '../fingerprint/fingerprint';
import { createLsh, lshAdd } from '../fingerprint/lsh';
import { comparableWords, nameParts } from '../text/normalize';
import type { RequestInput } from '../types';
import type { NoteRecord, ScoringEvent, ScoringState, TextGroup } from './types';
import { compareText } from '../../order';

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

/**
 * The order notes are kept in wherever the history lists them (a sender's notes, a text group's members, the time
 * index, similar notes): by time, then by request id; undated notes after the dated ones, in arrival order. The
 * journal adds notes in this very order when it builds the history, so one added later, wherever its time falls,
 * takes the place it would have had (utils/journal/scoring-extend.ts relies on it).
 */
export function noteOrder(state: ScoringState, a: number, b: number): number {
  const x = state.notes[a]!;
  const y = state.notes[b]!;
  if (x.receivedAt !== undefined && y.receivedAt !== undefined) {
    return x.receivedAt - y.receivedAt || compareText(x.requestId, y.requestId);
  }
  if (x.receivedAt !== undefined) return -1;
  if (y.receivedAt !== undefined) return 1;
  return a - b;
}

/** Puts note `idx` into `list` (kept in noteOrder) after every note that does not come after it. */
function insertInOrder(state: ScoringState, list: number[], idx: number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (noteOrder(state, list[mid]!, idx) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, idx);
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
  const mine = state.bySender.get(senderKey);
  if (mine) insertInOrder(state, mine, idx);
  else state.bySender.set(senderKey, [idx]);
  if (group !== undefined) {
    const { members } = state.groups[group]!;
    insertInOrder(state, members, idx);
    // A group's length is its first member's: a note that takes the first place brings its own.
    if (members[0] === idx) state.groups[group]!.words = wordList.length;
  }
  if (note.receivedAt !== undefined) insertInOrder(state, state.byTime, idx);
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
