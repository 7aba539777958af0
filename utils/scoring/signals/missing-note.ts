import type { Signal } from './types';
import { reason, text } from './types';

/**
 * No note at all. Weak on XING, where Basic members cannot add one; a little stronger on LinkedIn, where
 * adding a note is one click (though free accounts get only a few a month).
 */
const ID = 'missing-note';

export const missingNote: Signal = {
  id: ID,
  run(input, _state, { analysis }) {
    if (!analysis.empty) return null;
    if (input.platform === 'xing') return reason(ID, 0.15, text('sigNoNoteXing'));
    if (input.platform === 'linkedin') return reason(ID, 0.35, text('sigNoNoteLinkedin'));
    return reason(ID, 0.25, text('sigNoNote'));
  },
};
