import type { ScoringState } from '../state/types';
import type { Signal } from './types';
import { reason, text } from './types';

const ID = 'burst';

/** Indexes of notes received within ±window of `at` (binary search on the time index). */
export function notesAround(state: ScoringState, at: number, windowMs: number): number[] {
  const order = state.byTime;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (state.notes[order[mid]!]!.receivedAt! < at - windowMs) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < order.length; i++) {
    const idx = order[i]!;
    if (state.notes[idx]!.receivedAt! > at + windowMs) break;
    out.push(idx);
  }
  return out;
}

/**
 * Many requests in a short window ("contact party"): a rapid run of note-less or same-text requests within
 * minutes, or a run within the hour where several share this note's text. Requests from the same sender and
 * the request itself are not counted.
 */
export const burst: Signal = {
  id: ID,
  run(input, state, { analysis, settings }) {
    if (analysis.at === undefined) return null;
    const others = (idxs: number[]) =>
      idxs.filter((i) => state.notes[i]!.requestId !== input.id && state.notes[i]!.senderKey !== analysis.senderKey);
    const hour = others(notesAround(state, analysis.at, settings.burstWindowMs));
    if (hour.length < 2) return null;
    const similar = new Set(analysis.similar.filter((s) => !s.sameSender).map((s) => s.idx));
    const similarInBurst = hour.filter((i) => similar.has(i)).length;
    const rapid = others(notesAround(state, analysis.at, settings.rapidWindowMs));
    const minutes = (ms: number) => Math.round(ms / 60_000);
    const lookAlike = analysis.empty
      ? rapid.filter((i) => state.notes[i]!.empty).length
      : rapid.filter((i) => similar.has(i)).length;
    if (lookAlike >= 2) {
      return reason(ID, 1.5, text('sigBurstRapid', lookAlike + 1, minutes(settings.rapidWindowMs)), `${lookAlike + 1}`);
    }
    if (hour.length >= 3 && similarInBurst >= 2) {
      return reason(ID, 0.8, text('sigBurstSimilar', hour.length + 1, minutes(settings.burstWindowMs), similarInBurst + 1), `${hour.length + 1}`);
    }
    if (hour.length >= 3) {
      return reason(ID, 0.25, text('sigBurst', hour.length + 1, minutes(settings.burstWindowMs)), `${hour.length + 1}`);
    }
    return null;
  },
};
