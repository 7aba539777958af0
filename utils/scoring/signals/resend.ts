import type { RequestAnalysis } from '../analysis';
import { findGroup } from '../state/state';
import type { ScoringState } from '../state/types';
import type { Signal } from './types';
import { reason, text } from './types';

const ID = 'resend';

/** The existing text group with exactly this note's text (short notes are not in `similar`). */
function groupOf(state: ScoringState, analysis: RequestAnalysis): number | undefined {
  const shingles = analysis.fp?.shingles;
  if (!shingles) return undefined;
  return findGroup(state, shingles);
}

/**
 * The same sender asked before: with (nearly) the same note — the withdraw-and-resend habit — or after
 * withdrawing, or simply again. A repeat whose note gives a concrete reason (a genuine "my first request got
 * lost, we spoke on …") is offset by that reason's own negative evidence.
 */
export const resend: Signal = {
  id: ID,
  run(input, state, { analysis }) {
    const earlier = (state.bySender.get(analysis.senderKey) ?? []).filter((idx) => state.notes[idx]!.requestId !== input.id);
    const group = earlier.length > 0 ? groupOf(state, analysis) : undefined;
    const similar = new Set(analysis.similar.map((s) => s.idx));
    const sameText = earlier.filter((idx) => {
      const note = state.notes[idx]!;
      if (note.empty && analysis.empty) return true;
      return similar.has(idx) || (group !== undefined && note.group === group);
    });
    if (sameText.length > 0) {
      const ids = sameText.map((idx) => state.notes[idx]!.requestId);
      return reason(ID, 2, text('sigResendSameText', sameText.length), ids.slice(0, 3).join(', '));
    }
    const withdrawn = (state.withdrawals.get(analysis.senderKey) ?? []).some((w) => w.requestId !== input.id);
    if ((state.resends.get(analysis.senderKey) ?? []).length > 0 || (withdrawn && earlier.length > 0)) {
      return reason(ID, 1.5, text('sigWithdrawResend'));
    }
    if (earlier.length > 0) {
      const ids = earlier.map((idx) => state.notes[idx]!.requestId);
      return reason(ID, 1, text('sigAskedBefore', earlier.length), ids.slice(0, 3).join(', '));
    }
    return null;
  },
};
