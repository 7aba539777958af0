import { useState } from 'preact/hooks';
import { decodeText } from '../../utils/import/decode';
import type { BlockEntry } from '../../utils/model/relationships';
import { formatDate, siteName } from '../format';
import { useT } from '../i18n';
import { SafeLink } from '../SafeLink';
import { UndoNotice } from './UndoNotice';
import { BlocklistOutcome, type ImportOutcome } from './BlocklistOutcome';

export type { ImportOutcome } from './BlocklistOutcome';

/** What the last Remove did, with its undo (as the Requests view offers it). */
export type BlocklistNotice = { kind: 'removed'; name: string } | { kind: 'undone' };

export interface BlocklistPanelProps {
  items: readonly BlockEntry[];
  /** False until the journal's list first arrived (until then nothing is said to be empty). */
  loaded: boolean;
  /** The journal's name of a person by entry id, shown where the entry itself names nobody. */
  names: ReadonlyMap<string, string>;
  locale: string;
  /** Profile URLs by entry id (built by the entrypoint from the platform and key). */
  urls: ReadonlyMap<string, string>;
  outcome: ImportOutcome | null;
  notice: BlocklistNotice | null;
  onRemove: (entry: BlockEntry) => void;
  onUndo: () => void;
  onExport: (format: 'json' | 'csv') => void;
  /** The chosen file's text, decoded as the journal's imports decode theirs (UTF-8, Windows-1252 or UTF-16). */
  onImport: (text: string) => void;
}

/** The name an entry is shown and searched by: its own (from a shared file), else the journal's, else none. */
export const entryName = (e: BlockEntry, names: ReadonlyMap<string, string>): string => e.name || names.get(e.id) || '';

/** The blocklist: search, each entry's person, site, reason and date, remove with undo; export and import as JSON or CSV. */
export function BlocklistPanel({ items, loaded, names, locale, urls, outcome, notice, onRemove, onUndo, onExport, onImport }: BlocklistPanelProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const shown = q ? items.filter((e) => `${entryName(e, names)} ${e.key} ${siteName(t, e.platform)} ${e.reason}`.toLowerCase().includes(q)) : items;
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
              // Bytes, not file.text(): a CSV Excel saved as Windows-1252 would lose every umlaut (and keys with them).
              if (file) void file.arrayBuffer().then((buffer) => onImport(decodeText(new Uint8Array(buffer))));
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      {outcome ? <BlocklistOutcome outcome={outcome} locale={locale} /> : null}
      <UndoNotice
        text={notice ? (notice.kind === 'removed' ? t('requests_noticeUnblocked', notice.name) : t('requests_noticeUndone')) : undefined}
        onUndo={notice?.kind === 'removed' ? onUndo : undefined}
      />
      {!loaded ? (
        <p class="muted">{t('loading')}</p>
      ) : shown.length === 0 ? (
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
            {shown.map((e) => {
              const name = entryName(e, names);
              return (
                <tr key={e.id}>
                  <td>
                    <SafeLink href={urls.get(e.id) ?? ''}>{name || e.key}</SafeLink>
                    {name ? <span class="small muted"> {e.key}</span> : null}
                  </td>
                  <td>{siteName(t, e.platform)}</td>
                  <td>{e.reason}</td>
                  <td>{formatDate(e.at, locale)}</td>
                  <td>
                    <button type="button" onClick={() => onRemove(e)} aria-label={t('triage_blocklistRemoveOne', name || e.key)}>{t('triage_blocklistRemove')}</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
