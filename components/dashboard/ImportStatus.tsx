import { useLayoutEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n';
import { formatDayTime } from '../../utils/text/dates';
import type { Translate } from '../../utils/i18n';
import { plural, type PluralBase } from '../journal/words';
import type { ImportState } from './import-state';
import { importProblemText } from './import-problem-text';
import { jobFailureText } from './job-problem-text';
import { skippedText } from './import-skipped-text';
import { focusLost } from '../keyboard-focus';

type Running = Extract<ImportState, { kind: 'running' }>;

/**
 * Bytes in the unit `scale` calls for: kilobytes under a megabyte (a vCard of 3 kB is not "0 MB"), else megabytes,
 * with at most one decimal. Both numbers of "x of y" take the unit of y. Pure.
 */
export function byteSize(bytes: number, locale: string, scale = bytes): string {
  const kb = scale < 1e6;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: kb ? 'kilobyte' : 'megabyte', maximumFractionDigits: kb ? 0 : 1 }).format(bytes / (kb ? 1e3 : 1e6));
}

/** What a running job's line says: its phase, and how far it is in the phase's unit. */
function runningText(s: Running, locale: string, t: Translate): string {
  const n = (x: number) => new Intl.NumberFormat(locale).format(x);
  const of = [n(s.done), n(s.total)];
  if (!s.total && (s.phase === 'sending' || s.phase === 'splitting' || s.phase === 'reading')) return t('import_reading');
  switch (s.phase) {
    case 'sending':
      return t('import_sending', [byteSize(s.done, locale, s.total), byteSize(s.total, locale)]);
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

/** A progress announcement is made at most this often, and only when a new quarter of the phase is reached. */
export const ANNOUNCE_MS = 10_000;

/**
 * What the screen reader is told of a running job: its start, then its line again only when a new quarter (or
 * phase) is reached and ANNOUNCE_MS have passed, so that a part handed over every few milliseconds is not read out
 * each time. Empty when no job runs (the result announces itself: role status or alert).
 */
function useAnnouncement(s: ImportState, text: string): string {
  const last = useRef<{ text: string; at: number; mark: string } | null>(null);
  if (s.kind !== 'running') {
    last.current = null;
    return '';
  }
  const mark = `${s.phase}:${s.total ? Math.floor((4 * s.done) / s.total) : 0}`;
  const now = Date.now();
  if (!last.current || (mark !== last.current.mark && now - last.current.at >= ANNOUNCE_MS)) last.current = { text, at: now, mark };
  return last.current.text;
}

/** The visible outcome of an import or restore: progress while it runs, then what happened (never "imported" on a failure). */
export function ImportStatus(props: { state: ImportState; locale: string; onCancel: () => void }) {
  const t = useT();
  const s = props.state;
  const running = s.kind === 'running' ? runningText(s, props.locale, t) : '';
  const announced = useAnnouncement(s, running);
  const body = useKeptFocus(s.kind);
  return (
    <>
      {/* Always there, so that a change of its text is read out (a live region added with its text often is not). */}
      <span class="visually-hidden" role="status" aria-live="polite" data-testid="import-announce">{announced}</span>
      <div ref={body} tabIndex={-1} class="import-status" data-testid="import-status">
        <StatusBody state={s} locale={props.locale} running={running} onCancel={props.onCancel} />
      </div>
    </>
  );
}

/**
 * A keyboard user is not dropped to the top of the page: the file picker they used is disabled while the import
 * runs, and the Cancel button goes when it ends. Where the focus was lost so (on the page's body, or on a disabled
 * control), it moves to Cancel when a run starts and to the outcome when it ends; focus the user put elsewhere stays.
 */
function useKeptFocus(kind: ImportState['kind']) {
  const body = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = body.current;
    if (!el || kind === 'idle') return;
    // A disabled control holding the focus counts as lost too: the picker the user chose the file with.
    const active = el.ownerDocument.activeElement as (Element & { disabled?: boolean }) | null;
    if (!focusLost(el.ownerDocument) && active?.disabled !== true) return;
    if (kind === 'running') el.querySelector<HTMLButtonElement>('button')?.focus();
    else el.focus();
  }, [kind]);
  return body;
}

function StatusBody(props: { state: ImportState; locale: string; running: string; onCancel: () => void }) {
  const t = useT();
  const n = (x: number) => new Intl.NumberFormat(props.locale).format(x);
  const s = props.state;
  switch (s.kind) {
    case 'idle':
      return null;
    case 'running':
      // Not a live region: the numbers change with every part (see ImportStatus's announcement).
      return (
        <div class="import-progress">
          <progress max={s.total || 1} value={s.total ? s.done : undefined} aria-label={t('import_progress_label')} />
          <span data-done={s.done} data-phase={s.phase}>
            {props.running}
          </span>
          <button type="button" onClick={props.onCancel}>{t('import_cancel')}</button>
        </div>
      );
    case 'imported': {
      const leftOut = s.skipped ? skippedText(t, props.locale, s.skipped) : '';
      return (
        <div class="import-result" role="status" data-result="imported">
          <p>{importedText(t, props.locale, s)}</p>
          {s.peopleUnchanged ? <p class="muted">{plural(t, props.locale, 'import_people_unchanged', s.peopleUnchanged)}</p> : null}
          {s.unchanged ? <p class="muted">{plural(t, props.locale, 'import_unchanged', s.unchanged)}</p> : null}
          {leftOut ? <p class="muted">{leftOut}</p> : null}
          {s.quarantined ? <p class="muted">{plural(t, props.locale, 'import_restore_quarantined', s.quarantined)}</p> : null}
        </div>
      );
    }
    case 'refused': {
      // Row 0 is the whole file's finding (messages.csv without its owner): a sentence, not "Row 0".
      const whole = s.errors.filter((e) => e.row === 0);
      const rows = s.errors.filter((e) => e.row > 0);
      const more = s.errorCount - whole.length - Math.min(rows.length, 20);
      return (
        <div class="import-result error" role="alert" data-result="refused">
          {whole.length ? <p>{t('import_refused_file', [s.fileName, whole.map((e) => importProblemText(t, e)).join('; ')])}</p> : null}
          {rows.length ? (
            <>
              <p>{t('import_refused', s.fileName)}</p>
              <ul>
                {rows.slice(0, 20).map((e) => (
                  <li key={e.row}>
                    {e.line ? t('import_line', n(e.line)) : t('import_row', n(e.row))}: {importProblemText(t, e)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {rows.length && more > 0 ? <p>{t('import_refused_more', n(more))}</p> : null}
        </div>
      );
    }
    case 'unknown':
      return <p class="import-result error" role="alert" data-result="unknown">{t('import_unknown', s.fileName)}</p>;
    case 'too-large':
      return <p class="import-result error" role="alert" data-result="too-large">{t('import_too_large', [s.fileName, byteSize(s.limit, props.locale)])}</p>;
    case 'earlier':
      // No data-result: it is no job's ending (a page opened after an import shows it before any job of its own).
      return <p class="import-result muted" data-testid="last-import">{t('import_earlier', [s.fileName, formatDayTime(s.at, props.locale)])}</p>;
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
