import { useT } from '../i18n';
import { formatDate } from '../format';
import { ImportStatus } from './ImportStatus';
import { BACKUP_REMINDER_MS, type ImportState } from './import-state';

/** The dashboard's Import and export section: props in, events out (the entrypoint reads files and talks to the background). */
export function ImportExportPanel(props: {
  state: ImportState;
  lastBackupAt: number | null;
  now: number;
  locale: string;
  onImport: (file: File) => void;
  onCancel: () => void;
  onBackup: () => void;
  onRestore: (file: File) => void;
  onExport: (format: 'csv' | 'vcard') => void;
}) {
  const t = useT();
  const busy = props.state.kind === 'running';
  const remind = props.lastBackupAt !== null && props.now - props.lastBackupAt > BACKUP_REMINDER_MS;
  const picked = (handler: (file: File) => void) => (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again
    if (file) handler(file);
  };
  return (
    <section aria-labelledby="import-heading" class="import-export">
      <h2 id="import-heading">{t('import_title')}</h2>
      <p class="muted">{t('import_intro')}</p>
      {/* .txt: a Connections.csv that Excel saved again as "Unicode text" (UTF-16, tabs), which the import reads. */}
      <label class="field">
        <span>{t('import_choose')}</span>
        <input type="file" accept=".csv,.txt,.vcf,.vcard,text/csv,text/plain,text/vcard" disabled={busy} onChange={picked(props.onImport)} data-testid="import-file" />
      </label>
      <ImportStatus state={props.state} locale={props.locale} onCancel={props.onCancel} />

      <h3>{t('import_backup_title')}</h3>
      <p class="muted">{t('import_backup_intro')}</p>
      {props.lastBackupAt === null ? (
        <p class="error" role="note" data-testid="backup-reminder">{t('import_backup_never')}</p>
      ) : (
        <>
          <p data-testid="last-backup">{t('import_backup_last', formatDate(props.lastBackupAt, props.locale))}</p>
          {remind ? <p class="error" role="note" data-testid="backup-reminder">{t('import_backup_reminder')}</p> : null}
        </>
      )}
      <p>
        <button type="button" class="primary" aria-disabled={busy} onClick={() => !busy && props.onBackup()}>{t('import_backup_create')}</button>
      </p>
      {/* A field like the import's above: its label in the same column, not loose text beside the download button. */}
      <label class="field">
        <span>{t('import_restore')}</span>
        <input type="file" accept=".json,application/json" disabled={busy} onChange={picked(props.onRestore)} data-testid="restore-file" />
      </label>

      <h3>{t('import_export_title')}</h3>
      <p>
        <button type="button" aria-disabled={busy} onClick={() => !busy && props.onExport('csv')}>{t('import_export_csv')}</button>{' '}
        <button type="button" aria-disabled={busy} onClick={() => !busy && props.onExport('vcard')}>{t('import_export_vcard')}</button>
      </p>
    </section>
  );
}
