import { fnv1a } from './fingerprint/hash';
import { runDetect } from './detect';
import { withDefaults } from './settings';
import { textFeatures, type TextFeature } from './text-model/features';
import type { TrainExample } from './text-model/train';
import type { Lang } from './types';

/**
 * Labelled texts for training and cross-validating the text model, read from the detect format. Every line
 * is streamed through the detector first (history kept, no text model), so each text carries the named
 * signals' log-odds as the offset the text model learns on top of. Pure.
 */
export type RowLabel = 'collector' | 'genuine' | 'unclear';

export interface Row {
  id: string;
  lang: Lang;
  /** Template/campaign/source group; the sender's key or the id when the line names none. */
  family: string;
  label?: RowLabel;
  features: TextFeature[];
  /** bias + the named signals' weights for this text in its stream. */
  offset: number;
  /** Set for a source unlike real notes (the project's written corpus); see TrainExample.domain. */
  domain?: string;
}

const silent = () => '';

export function rowsFrom(jsonl: string, source = '', domain?: string): Row[] {
  const meta = new Map<string, { family: string; label?: RowLabel }>();
  for (const line of jsonl.split(/\r?\n/)) {
    if (!line.trim()) continue;
    try {
      const v = JSON.parse(line) as { id?: unknown; family?: unknown; label?: unknown; sender?: { key?: unknown } };
      const id = typeof v.id === 'number' ? String(v.id) : typeof v.id === 'string' ? v.id : undefined;
      if (!id) continue;
      const family = typeof v.family === 'string' && v.family ? v.family : typeof v.sender?.key === 'string' ? v.sender.key : id;
      const label = v.label === 'collector' || v.label === 'genuine' || v.label === 'unclear' ? v.label : undefined;
      meta.set(id, { family: `${source}${family}`, ...(label ? { label } : {}) });
    } catch {
      // bad lines are reported by the detector
    }
  }
  const bias = withDefaults().bias;
  const run = runDetect(jsonl, { en: silent, de: silent });
  return run.results.map(({ input, result }) => {
    const m = meta.get(input.id);
    return {
      id: input.id,
      lang: input.lang ?? 'en',
      family: m?.family ?? input.id,
      ...(m?.label ? { label: m.label } : {}),
      features: textFeatures(input.text).features,
      offset: bias + result.reasons.reduce((sum, r) => sum + r.weight, 0),
      ...(domain ? { domain } : {}),
    };
  });
}

/** Training examples: labelled collector/genuine rows with a note ("unclear" and empty notes teach nothing). */
export function examplesOf(rows: readonly Row[]): TrainExample[] {
  return rows
    .filter((r) => (r.label === 'collector' || r.label === 'genuine') && r.features.length > 0)
    .map((r) => ({ features: r.features, offset: r.offset, collector: r.label === 'collector', ...(r.domain ? { domain: `${r.domain}:${r.lang}` } : {}) }));
}

/**
 * Fold (0..k-1) of each family: families ordered by a fixed hash, dealt round-robin. Deterministic. A salt
 * reorders the families (another assignment, to check a figure for fold luck); none gives the default one.
 */
export function foldsByFamily(rows: readonly Row[], k: number, salt = ''): Map<string, number> {
  const key = (f: string) => fnv1a(salt ? `fold:${salt}:${f}` : `fold:${f}`);
  const families = [...new Set(rows.map((r) => r.family))].sort((a, b) => key(a) - key(b) || (a < b ? -1 : 1));
  return new Map(families.map((f, i) => [f, i % k]));
}
