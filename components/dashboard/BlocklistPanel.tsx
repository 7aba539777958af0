import { useState } from 'preact/hooks';
import type { BlockEntry } from '../../utils/model/relationships';
import { formatDate, siteName } from '../format';
import { useT } from '../i18n';
import { SafeLink } from '../SafeLink';

export interface ImportOutcome {
  added: number;
  unchanged: number;
  errors: { row: number; reason: string }[];
}

export interface BlocklistPanelProps {
  items: readonly BlockEntry[];
  locale: string;
  /** Profile URLs by entry id (built by the entrypoint from the platform and key). */
  urls: ReadonlyMap<string, string>;
  outcome: ImportOutcome | null;
  onRemove: (entry: BlockEntry) => void;
  onExport: (format: 'json' | 'csv') => void;
  onImport: (text: string) => void;
}

/** The blocklist: search, each entry's site, reason and date, remove; export and import as JSON or CSV. */
export function BlocklistPanel({ items, locale, urls, outcome, onRemove, onExport, onImport }: BlocklistPanelProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const shown = q ? items.filter((e) => `${e.key} ${e.reason}`.toLowerCase().includes(q)) : items;
  return (
    <section aria-labelledby="blocklist-heading">
      <h2 id="blocklist-heading">{t('triage_blocklistTitle')}</h2>
      <p class="muted">{t('triage_blocklistHint')}</p>
      <input type="search" class="wide" value={query} aria-label={t('triage_blocklistSearch')} placeholder={t('triage_blocklistSearch')} onInput={(e) => setQuery(e.currentTarget.value)} />
      <div class="actions">
        <button type="button" onClick={() => onExport('json')}>{t('triage_exportJson')}</button>
        <button type="button" onClick={() => onExport('csv')}>{t('triage_exportCsv')}</button>
        <label class="button-like">
          {t('triage_importFile')}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void file.text().then(onImport);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      {outcome ? (
        outcome.errors.length ? (
          <div role="alert" class="error">
            <p>{t('triage_importRefused', String(outcome.errors.length))}</p>
            <ul>
              {outcome.errors.map((e) => (
                <li key={e.row}>{t('triage_importRowError', [String(e.row), e.reason])}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p role="status">{t('triage_importDone', [String(outcome.added), String(outcome.unchanged)])}</p>
        )
      ) : null}
      {shown.length === 0 ? (
        <p class="empty">{t('triage_blocklistEmpty')}</p>
      ) : (
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{t('triage_blocklistPerson')}</th>
              <th scope="col">{t('triage_platformLabel')}</th>
              <th scope="col">{t('triage_blocklistReason')}</th>
              <th scope="col">{t('triage_blocklistDate')}</th>
              <th scope="col"><span class="visually-hidden">{t('triage_blocklistRemove')}</span></th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.id}>
                <td><SafeLink href={urls.get(e.id) ?? ''}>{e.key}</SafeLink></td>
                <td>{siteName(t, e.platform)}</td>
                <td>{e.reason}</td>
                <td>{formatDate(e.at, locale)}</td>
                <td>
                  <button type="button" onClick={() => onRemove(e)} aria-label={t('triage_blocklistRemoveOne', e.key)}>{t('triage_blocklistRemove')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
