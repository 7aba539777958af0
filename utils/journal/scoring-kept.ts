import { BANDS } from '../scoring/fingerprint/lsh';
import { isObject } from '../model/plain-records';
import type { ScoringState } from '../scoring/state/types';
import type { ScoringContext } from './scoring-state';
import { derived, type Derived } from './derived';
import type { KeptAnswers } from './kept-answers';
import type { Deps } from './profiles';
import { loadScoringContext } from './scoring-load';

/**
 * Where the scorer's history is kept between the worker's lives (kept-answers.ts, a bulky answer). The number is the
 * shape's: bumped when ScoringState changes, so a body of the old shape is never read as the new one.
 */
export const HISTORY_KEY = 'scoring-history/1';

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** Every note a plain record of the right types, pointing into the groups it names. */
function notesFit(state: ScoringState): boolean {
  const groups = state.groups.length;
  for (const note of state.notes as unknown[]) {
    if (!isObject(note) || typeof note.requestId !== 'string' || typeof note.senderKey !== 'string' || typeof note.empty !== 'boolean') return false;
    if (note.group !== undefined && !(isCount(note.group) && note.group < groups)) return false;
  }
  return true;
}

/** Every group with its word count, its shingles as the typed array the fingerprints need, and members among the notes. */
function groupsFit(state: ScoringState): boolean {
  const notes = state.notes.length;
  for (const group of state.groups as unknown[]) {
    if (!isObject(group) || !isCount(group.words) || !(group.shingles instanceof Uint32Array) || !Array.isArray(group.members)) return false;
    for (const member of group.members as unknown[]) if (!isCount(member) || member >= notes) return false;
  }
  return true;
}

/**
 * The scorer's history read back from where it was kept, or undefined when it is not one this code built: the
 * containers of the right kinds and sizes, every note and group of the right shape (a loop over 30,000 of each, a
 * few milliseconds; a structured clone keeps Maps, Sets and typed arrays, so a kept history is the built one).
 */
export function scoringFromKeptForm(raw: unknown): ScoringContext | undefined {
  if (!isObject(raw) || !(raw.inputs instanceof Map) || !isObject(raw.state)) return undefined;
  const state = raw.state as unknown as ScoringState;
  const maps = [state.noteIndex, state.bySender, state.groupByKey, state.withdrawals, state.resends, state.accepted, state.mutuals, state.verdicts];
  if (!isCount(state.version) || !isCount(state.verdictsVersion) || !maps.every((m) => m instanceof Map) || !(state.met instanceof Set)) return undefined;
  if (!Array.isArray(state.myNames) || !Array.isArray(state.notes) || !Array.isArray(state.groups) || !Array.isArray(state.byTime)) return undefined;
  if (state.me !== undefined && !isObject(state.me)) return undefined;
  if (!Array.isArray(state.lsh) || state.lsh.length !== BANDS || !state.lsh.every((band) => band instanceof Map)) return undefined;
  // Each received request is one note and one input.
  if (state.noteIndex.size !== state.notes.length || raw.inputs.size !== state.notes.length || state.byTime.length > state.notes.length) return undefined;
  if (!notesFit(state) || !groupsFit(state)) return undefined;
  return { state, inputs: raw.inputs as ScoringContext['inputs'] };
}

/** How long the journal must stay unwritten before the history is kept: a burst of writes keeps it once. */
export const KEEP_HISTORY_AFTER_MS = 10_000;

/**
 * The scorer's history for the worker: the one kept since the last write when there is one (a worker started after a
 * browser restart reads it instead of the whole journal), else built from the journal. `keep` keeps the one held, once
 * nothing was written for `quietMs` (at 30,000 people it is ≈ 24 MB, half a second of the worker's time to put), unless
 * one is kept since the last write.
 */
export function keptScoringHistory(deps: Deps, kept: KeptAnswers, quietMs = KEEP_HISTORY_AFTER_MS): { scoring: Derived<ScoringContext>; keep: () => Promise<void> } {
  let keptAt = -1;
  const scoring = derived(async () => {
    const since = kept.since();
    const held = await kept.readBulky(HISTORY_KEY, scoringFromKeptForm);
    if (!held) return loadScoringContext(deps);
    keptAt = since;
    return held;
  });
  const keep = async () => {
    const since = kept.since();
    // Kept already: read back by this life, or kept by an earlier one and not needed by this one yet.
    if (keptAt === since || (await kept.holdsBulky(HISTORY_KEY))) return;
    if (quietMs > 0) await new Promise((resolve) => setTimeout(resolve, quietMs));
    // A write meanwhile settles again and keeps it then.
    if (kept.since() !== since) return;
    const context = await scoring.get();
    if (await kept.keepBulky(HISTORY_KEY, context, since)) keptAt = since;
  };
  return { scoring, keep };
}
