import type { Signal } from './types';
import { reason, text } from './types';

const ID = 'specific-to-you';

/**
 * Negative evidence: the note names something specific to the user — her Wants/Haves, an event she took part
 * in, her company or city. Company and city count little: mail merges insert them too.
 */
export const specificToYou: Signal = {
  id: ID,
  run(_input, _state, { analysis }) {
    const m = analysis.me;
    let w = 0;
    const found: string[] = [];
    if (m.wants) (w -= 0.8), found.push(m.wants);
    if (m.event) (w -= 0.8), found.push(m.event);
    if (m.company) (w -= 0.3), found.push(m.company);
    if (m.city) (w -= 0.2), found.push(m.city);
    if (found.length === 0) return null;
    return reason(ID, Math.max(w, -1.2), text('sigSpecificToYou', found.join(', ')), found.join(' · '));
  },
};
