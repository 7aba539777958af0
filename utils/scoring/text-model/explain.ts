import { quote } from '../text/fold-map';
import type { TextFeatures } from './features';
import { weightOf, type TextModel } from './model';

/**
 * Which phrases of a note weighed most in the text model's verdict: every feature's contribution is spread
 * over the words it was read from, then the best runs of one to three words (in the direction of the
 * verdict) are quoted verbatim from the original text. Pure.
 */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const MAX_RUN = 3;

export function topPhrases(model: TextModel, tf: TextFeatures, towardsCollector: boolean, max = 3, local?: ReadonlyMap<number, number>): string[] {
  const folded = tf.text.folded;
  const tokens: { from: number; to: number; score: number }[] = [];
  for (const m of folded.matchAll(WORD)) tokens.push({ from: m.index!, to: m.index! + m[0].length, score: 0 });
  if (tokens.length === 0) return [];
  const sign = towardsCollector ? 1 : -1;
  for (const f of tf.features) {
    if (f.from === undefined || f.to === undefined) continue;
    const c = (weightOf(model, f.index) + (local?.get(f.index) ?? 0)) * f.value * sign;
    const covered = tokens.filter((t) => t.from < f.to! && t.to > f.from!);
    for (const t of covered) t.score += c / covered.length;
  }
  const runs: { start: number; end: number; score: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let sum = 0;
    for (let j = i; j < Math.min(tokens.length, i + MAX_RUN); j++) {
      sum += tokens[j]!.score;
      // a run must not start or end on a word that pulls the other way
      if (tokens[i]!.score > 0 && tokens[j]!.score > 0) runs.push({ start: i, end: j, score: sum });
    }
  }
  runs.sort((a, b) => b.score - a.score || a.start - b.start || a.end - b.end);
  const taken: { start: number; end: number }[] = [];
  for (const r of runs) {
    if (taken.length >= max || r.score <= 0) break;
    if (taken.some((t) => r.start <= t.end && r.end >= t.start)) continue;
    taken.push(r);
  }
  return taken.map((r) => quote(tf.text, tokens[r.start]!.from, tokens[r.end]!.to)).filter((s) => s !== '');
}
