import type { Signal } from './types';
import { reason, text } from './types';

const ID = 'same-text-others';

/**
 * Near-identical note from other senders (one agency's script, a contact party): found through the local
 * fingerprints (word shingles, MinHash, LSH), so greetings, names, numbers and small edits do not hide it.
 */
export const sameTextOthers: Signal = {
  id: ID,
  run(_input, state, { analysis }) {
    const senders = new Set<string>();
    const ids: string[] = [];
    let best = 0;
    for (const s of analysis.similar) {
      if (s.sameSender) continue;
      const note = state.notes[s.idx]!;
      if (!senders.has(note.senderKey)) ids.push(note.requestId);
      senders.add(note.senderKey);
      best = Math.max(best, s.similarity);
    }
    const n = senders.size;
    if (n === 0) return null;
    const w = n === 1 ? 1.6 : n === 2 ? 2.2 : 2.6;
    return reason(ID, w, n === 1 ? text('sigSameTextOther') : text('sigSameTextOthers', n), `${ids.slice(0, 3).join(', ')} (${Math.round(best * 100)} %)`);
  },
};
