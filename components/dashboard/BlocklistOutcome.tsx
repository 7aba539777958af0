import type { BlocklistError } from '../../utils/blocklist/problems';
import { useT } from '../i18n';
import { blocklistProblemText } from './blocklist-problem-text';
import { plural } from '../journal/words';

/** What a blocklist import did (the background's answer to `blocklist/import`). */
export interface ImportOutcome {
  added: number;
  unchanged: number;
  repeated: number;
  errors: readonly BlocklistError[];
}

/**
 * An import's result in the user's language: the file's one refusal (no row number), or how many rows were
 * refused and why, or what was added. Numbers and plurals through Intl.
 */
export function BlocklistOutcome({ outcome, locale }: { outcome: ImportOutcome; locale: string }) {
  const t = useT();
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  const fileError = outcome.errors.find((e) => e.row === undefined);
  if (fileError) {
    return (
      <div role="alert" class="error">
        <p>{t('triage_importFileRefused', blocklistProblemText(t, locale, fileError))}</p>
      </div>
    );
  }
  if (outcome.errors.length) {
    return (
      <div role="alert" class="error">
        <p>{plural(t, locale, 'triage_importRefused', outcome.errors.length)}</p>
        <ul>
          {outcome.errors.map((e, i) => (
            <li key={i}>{t('triage_importRowError', [number(e.row ?? 0), blocklistProblemText(t, locale, e)])}</li>
          ))}
        </ul>
      </div>
    );
  }
  const done = t('triage_importDone', [number(outcome.added), number(outcome.unchanged)]);
  return <p role="status">{outcome.repeated ? `${done} ${plural(t, locale, 'triage_importRepeated', outcome.repeated)}` : done}</p>;
}
