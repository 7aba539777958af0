import type { Signal } from './types';
import { reason, text } from './types';

const ID = 'mutual-met';

/** Negative evidence: mutual contacts the user has met in person. */
export const mutualMet: Signal = {
  id: ID,
  run(_input, state, { analysis }) {
    const mutuals = state.mutuals.get(analysis.senderKey) ?? [];
    const met = mutuals.filter((key) => state.met.has(key));
    if (met.length === 0) return null;
    return reason(ID, met.length >= 3 ? -1.5 : -0.8, met.length === 1 ? text('sigMutualMetOne') : text('sigMutualMet', met.length), met.slice(0, 3).join(', '));
  },
};
