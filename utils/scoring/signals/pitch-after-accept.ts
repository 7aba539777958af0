import { findPhrases } from '../phrases';
import { DAY_MS } from '../time';
import type { Signal } from './types';
import { evidenceOf, reason, text } from './types';

const ID = 'pitch-after-accept';

const PITCH_WORDS =
  /\b(?:webinar|seminar|e-?book|newsletter|masterclass|whitepaper|rabatt|discount|demo|angebot|offer|registr\w*|anmeld\w*|abonn\w*|subscribe|kostenlos\w*|free trial)\b/i;

/** Right after being accepted, the sender pushed a webinar, e-book, newsletter or sales message. */
export const pitchAfterAccept: Signal = {
  id: ID,
  run(_input, state, { analysis, settings }) {
    const thread = state.accepted.get(analysis.senderKey);
    if (!thread) return null;
    for (const message of [...thread.messages].sort((a, b) => a.at - b.at)) {
      const after = message.at - thread.acceptedAt;
      if (after < 0 || after > settings.pitchWindowMs) continue;
      const hits = findPhrases(message.text);
      const words = [...(hits.get('free-offer') ?? []), ...(hits.get('sales-pitch') ?? []), ...(hits.get('connect-bait') ?? [])];
      const m = PITCH_WORDS.exec(message.text);
      if (m) words.push(m[0]);
      if (words.length === 0) continue;
      const days = Math.round(after / DAY_MS);
      const key = days >= 2 ? 'sigPitchAfterAcceptDays' : days === 1 ? 'sigPitchAfterAcceptNextDay' : 'sigPitchAfterAcceptSameDay';
      const r = days >= 2 ? text(key, days, evidenceOf(words, 1)) : text(key, evidenceOf(words, 1));
      return reason(ID, 2, r, evidenceOf(words, 3));
    }
    return null;
  },
};
