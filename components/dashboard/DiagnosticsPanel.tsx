import type { MessageKey } from '../../utils/i18n';
import { useT } from '../i18n';

const STORE_LABELS: Record<string, MessageKey> = {
  people: 'storePeople',
  identities: 'storeIdentities',
  snapshots: 'storeSnapshots',
  requests: 'storeRequests',
  interactions: 'storeInteractions',
  events: 'storeEvents',
  verdicts: 'storeVerdicts',
  blocklist: 'storeBlocklist',
  quarantine: 'storeQuarantine',
};

export function DiagnosticsPanel(props: { counts: Record<string, number>; schemaVersion: number }) {
  const t = useT();
  return (
    <section aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">{t('dashboardDiagnostics')}</h2>
      <p class="muted">{t('diagnosticsPrivacy')}</p>
      <table class="data narrow">
        <thead>
          <tr>
            <th scope="col">{t('diagnosticsStore')}</th>
            <th scope="col" class="num">{t('diagnosticsRecords')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(props.counts).map(([store, count]) => (
            <tr key={store} data-store={store}>
              <td>{STORE_LABELS[store] ? t(STORE_LABELS[store]) : store}</td>
              <td class="num">{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('diagnosticsQuarantine')}: <strong data-testid="quarantine-count">{props.counts.quarantine ?? 0}</strong>
      </p>
      <p class="muted">
        {t('diagnosticsSchemaVersion')}: {props.schemaVersion}
      </p>
    </section>
  );
}
