import type { MessageKey } from '../../utils/i18n';
import type { Interaction } from '../../utils/model/relationships';

/** The interaction kinds in words ("message-sent" is never shown as such). */
export const KIND_KEYS: Record<Interaction['kind'], MessageKey> = {
  met: 'journal_kind_met',
  'message-sent': 'journal_kind_message_sent',
  'message-received': 'journal_kind_message_received',
  'helped-them': 'journal_kind_helped_them',
  'helped-me': 'journal_kind_helped_me',
  introduced: 'journal_kind_introduced',
  'follow-up-done': 'journal_kind_follow_up_done',
};

export { plural, type PluralBase } from '../../utils/plural';

/** Tags as the user types them: "messe, kunde ,  " → ["messe", "kunde"]. Pure. */
export const parseTags = (text: string): string[] =>
  text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);

// A cadence as people say it: "90", "90 Tage", "12 weeks", "3 Monate", "1 year". Months count 30 days and years 365
// (a keep-in-touch round is a rhythm, not a calendar date: "every 3 months" is the 90 days the hint's example has).
const UNIT_DAYS: readonly [RegExp, number][] = [
  [/^(?:d|days?|tag(?:e|en)?)$/, 1],
  [/^(?:w|weeks?|wochen?)$/, 7],
  [/^(?:m|months?|monat(?:e|en)?)$/, 30],
  [/^(?:y|years?|jahr(?:e|en)?)$/, 365],
];

/** Days of "90", "3 Monate", "12 weeks"; NaN when the text is none of these. Pure. */
function cadenceDays(text: string): number {
  const m = /^(\d{1,4})\s*(\p{L}*)\.?$/u.exec(text.trim());
  if (!m) return NaN;
  const unit = m[2]!.toLowerCase();
  const per = unit === '' ? 1 : UNIT_DAYS.find(([pattern]) => pattern.test(unit))?.[1];
  return per === undefined ? NaN : Number(m[1]) * per;
}

/** "kunde: 90" or "kunde: 3 Monate" per line → {kunde: 90}; null when a line is not "tag: cadence" of 1–3650 days. Pure. */
export function parseCadences(text: string): Record<string, number> | null {
  const out: Record<string, number> = {};
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const m = /^(.+?)\s*:\s*(.+)$/.exec(line);
    const days = m ? cadenceDays(m[2]!) : NaN;
    if (!m || !(days >= 1 && days <= 3650)) return null;
    out[m[1]!.trim()] = days;
  }
  return out;
}

export const formatCadences = (cadences: Readonly<Record<string, number>> | undefined): string =>
  Object.entries(cadences ?? {})
    .map(([tag, days]) => `${tag}: ${days}`)
    .join('\n');
