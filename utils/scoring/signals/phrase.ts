import type { PhraseHits } from '../phrases';
import type { Signal } from './types';
import { evidenceOf, reason, text } from './types';

type Category = PhraseHits extends Map<infer K, unknown> ? K : never;

/**
 * One signal per phrase category: fires when the note contains any phrase of the category, with the phrases
 * as evidence. Collector categories weigh positive, genuine ones ("as discussed", a named referral) negative.
 */
export function phraseSignal(id: string, category: Category, weight: number, key: string): Signal {
  return {
    id,
    run(_input, _state, { analysis }) {
      const hits = analysis.phrases.get(category);
      if (!hits || hits.length === 0) return null;
      return reason(id, weight, text(key, evidenceOf(hits)), evidenceOf(hits, 3));
    },
  };
}
