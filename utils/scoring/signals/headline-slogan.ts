import type { Signal } from './types';
import { reason, text } from './types';

const ID = 'headline-slogan';

const SLOGANS = [
  /\bhelping (?:you|\S+ (?:to )?\S+)|\bi help\b|\bich helfe\b/i,
  /\b\d+[.,]?\d*\s?[kK]\+?\s*(?:followers|connections|members|kontakte|follower)\b|\b\d{2,3}\.\d{3}\+?\s*kontakte\b/i,
  /financial freedom|finanzielle freiheit|network marketing|\bmindset\b|erfolgscoach|6-figure|\b\d+x\b|auf knopfdruck|never idk/i,
];

/** A headline that reads like an advert ("Helping you grow 10x", "30K+ connections", "Financial Freedom"). */
export const headlineSlogan: Signal = {
  id: ID,
  run(input) {
    const headline = input.sender?.headline;
    if (!headline) return null;
    for (const pattern of SLOGANS) {
      const m = pattern.exec(headline);
      if (m) return reason(ID, 0.4, text('sigHeadlineSlogan', headline), m[0]);
    }
    return null;
  },
};
