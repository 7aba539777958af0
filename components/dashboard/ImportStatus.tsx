import { useT } from '../i18n';
import type { Translate } from '../../utils/i18n';
import { plural, type PluralBase } from '../journal/words';
import type { ImportState } from './import-state';
import { importProblemText } from './import-problem-text';
import { jobFailureText } from './job-problem-text';
import { skippedText } from './import-skipped-text';

type Running = Extract<ImportState, { kind: 'running' }>;

/** What a running job's line says: its phase, and how far it is in the phase's unit. */
function runningText(s: Running, locale: string, t: Translate): string {
  const n = (x: number) => new Intl.NumberFormat(locale).format(x);
  const mb = (bytes: number) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6);
  const of = [n(s.done), n(s.total)];
  if (!s.total && (s.phase === 'sending' || s.phase === 'splitting' || s.phase === 'reading')) return t('import_reading');
  switch (s.phase) {
    case 'sending':
      return t('import_sending', [mb(s.done), mb(s.total)]);
    case 'splitting':
      return t('import_splitting', new Intl.NumberFormat(locale, { style: 'percent' }).format(Math.floor((100 * s.done) / s.total) / 100));
    case 'checking':
      return t('import_checking', of);
    case 'comparing':
      return t('import_comparing', of);
    case 'writing':
      return t('import_writing', of);
    default:
      return t('import_reading_rows', of);
  }
}

/** What an import brought, each count with the plural form the language needs ("1 row", "1 person added"). */
function importedText(t: Translate, locale: string, s: Extract<ImportState, { kind: 'imported' }>): string {
  const count = (base: PluralBase, x: number) => plural(t, locale, base, x);
  return t('import_done', [
    s.fileName,
    count('import_count_rows', s.rows),
    count('import_count_added', s.peopleAdded),
    new Intl.NumberFormat(locale).format(s.peopleMerged),
    count('import_count_requests', s.requestsAdded),
    count('import_count_messages', s.messagesAdded),
  ]);
}

/** The visible outcome of an import or restore: progress while it runs, then what happened (never "imported" on a failure). */
export function ImportStatus(props: { state: ImportState; locale: string; onCancel: () => void }) {
  const t = useT();
  const n = (x: number) => new Intl.NumberFormat(props.locale).format(x);
  const s = props.state;
  switch (s.kind) {
    case 'idle':
      return null;
    case 'running':
      return (
        <div class="import-progress" role="status" aria-live="polite">
          <progress max={s.total || 1} value={s.total ? s.done : undefined} />
          <span data-done={s.done} data-phase={s.phase}>
            {runningText(s, props.locale, t)}
          </span>
          <button type="button" onClick={props.onCancel}>{t('import_cancel')}</button>
        </div>
      );
    case 'imported': {
      const leftOut = s.skipped ? skippedText(t, props.locale, s.skipped) : '';
      return (
        <div class="import-result" role="status" data-result="imported">
          <p>{importedText(t, props.locale, s)}</p>
          {s.unchanged ? <p class="muted">{plural(t, props.locale, 'import_unchanged', s.unchanged)}</p> : null}
          {leftOut ? <p class="muted">{leftOut}</p> : null}
        </div>
      );
    }
    case 'refused':
      return (
        <div class="import-result error" role="alert" data-result="refused">
          <p>{t('import_refused', s.fileName)}</p>
          <ul>
            {s.errors.slice(0, 20).map((e) => (
              <li key={e.row}>
                {t('import_row', n(e.row))}: {importProblemText(t, e)}
              </li>
            ))}
          </ul>
          {s.errorCount > 20 ? <p>{t('import_refused_more', n(s.errorCount - 20))}</p> : null}
        </div>
      );
    case 'unknown':
      return <p class="import-result error" role="alert" data-result="unknown">{t('import_unknown', s.fileName)}</p>;
    case 'failed':
      return <p class="import-result error" role="alert" data-result="failed">{jobFailureText(t, s.job, s.problem)}</p>;
    case 'cancelled':
      return <p class="import-result" role="status" data-result="cancelled">{t('import_cancelled')}</p>;
    case 'interrupted':
      return (
        <p class={`import-result${s.landed ? '' : ' error'}`} role="alert" data-result={s.landed ? 'interrupted-all' : 'interrupted-none'}>
          {s.job === 'restore' ? t(s.landed ? 'import_restore_interrupted_all' : 'import_restore_interrupted_none') : t(s.landed ? 'import_interrupted_all' : 'import_interrupted_none')}
        </p>
      );
    case 'restored':
      return (
        <div class="import-result" role="status" data-result="restored">
          <p>{plural(t, props.locale, 'import_restored', s.people)}</p>
          {s.quarantined ? <p class="muted">{plural(t, props.locale, 'import_restore_quarantined', s.quarantined)}</p> : null}
        </div>
      );
  }
}
