import type { Signal } from './types';
import { reason, text } from './types';

const ID = 'generic-note';

const SPECIFIC = ['prior-contact', 'referral', 'public-reference', 'concrete-detail'] as const;

/** A note that names nothing specific: no conversation, referral, post, detail — it could go to anyone. */
export const genericNote: Signal = {
  id: ID,
  run(_input, _state, { analysis }) {
    if (analysis.empty || analysis.words.length < 5) return null;
    if (SPECIFIC.some((c) => analysis.phrases.has(c)) || analysis.me.wants || analysis.me.event) return null;
    return reason(ID, 0.25, text('sigGenericNote'));
  },
};
