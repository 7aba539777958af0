import type { Signal } from './types';
import { evidenceOf, reason, text } from './types';

const ID = 'open-networker';

/** "LION", "Open Networker", "I accept all invites" in the note, the name or the headline. */
export const openNetworker: Signal = {
  id: ID,
  run(_input, _state, { analysis }) {
    const hits = [...(analysis.profileMarkers.get('open-networker') ?? []), ...(analysis.phrases.get('open-networker') ?? [])];
    if (hits.length === 0) return null;
    const unique = [...new Set(hits)];
    return reason(ID, 2.5, text('sigOpenNetworker', evidenceOf(unique)), evidenceOf(unique, 3));
  },
};
