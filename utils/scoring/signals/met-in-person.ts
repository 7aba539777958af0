import type { Signal } from './types';
import { reason, text } from './types';

const ID = 'met-in-person';

/** Negative evidence: the user logged a meeting with this person. */
export const metInPerson: Signal = {
  id: ID,
  run(_input, state, { analysis }) {
    return state.met.has(analysis.senderKey) ? reason(ID, -3, text('sigMetLogged')) : null;
  },
};
