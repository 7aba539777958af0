import type { MessageKey } from '../../utils/i18n';
import type { DiagnosticRecord } from '../../utils/model/diagnostics';
import { useT } from '../i18n';
import { formatDayTime } from '../../utils/text/dates';
import { parseFailureText } from '../parse-failure-text';
import { pageTypeLabel } from './page-type-words';
import { SiteAccessNotice, type SiteAccessView } from '../popup/SiteAccessNotice';

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
  reminders: 'journal_storeReminders',
};

export function DiagnosticsPanel(props: {
  counts: Record<string, number>;
  schemaVersion: number;
  diagnostics: readonly DiagnosticRecord[];
  locale: string;
  /** The browser's site access: a withheld site is said first, with "Allow access" (absent: not known). */
  siteAccess?: SiteAccessView;
}) {
  const t = useT();
  const number = new Intl.NumberFormat(props.locale);
  return (
    <section aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading" tabIndex={-1}>{t('dashboardDiagnostics')}</h2>
      {props.siteAccess ? <SiteAccessNotice view={props.siteAccess} locale={props.locale} where="list" /> : null}
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
              <td class="num">{number.format(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('diagnosticsParseTitle')}</h3>
      {props.diagnostics.length === 0 ? (
        <p class="muted">{t('diagnosticsNoParses')}</p>
      ) : (
        <table class="data" data-testid="parse-health">
          <thead>
            <tr>
              <th scope="col">{t('diagnosticsPageType')}</th>
              <th scope="col" class="num">{t('diagnosticsSuccesses')}</th>
              <th scope="col" class="num">{t('diagnosticsFailures')}</th>
              <th scope="col" class="num">{t('integrity_diagnosticsSkippedCards')}</th>
              <th scope="col">{t('diagnosticsLastFailure')}</th>
            </tr>
          </thead>
          <tbody>
            {props.diagnostics.map((d) => (
              <tr key={d.pageType} data-page-type={d.pageType}>
                <td>{pageTypeLabel(t, d.pageType)}</td>
                <td class="num">{number.format(d.successes)}</td>
                <td class="num">{number.format(d.failures)}</td>
                <td class="num" data-testid="skipped-cards">{number.format(d.skippedCards ?? 0)}</td>
                {/* The reason in the popup's words, with the field it names; the parser's developer text stays in the record. */}
                <td>{d.lastFailure ? `${formatDayTime(d.lastFailure.at, props.locale)}: ${parseFailureText(t, d.lastFailure)}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {t('diagnosticsQuarantine')}: <strong data-testid="quarantine-count">{number.format(props.counts.quarantine ?? 0)}</strong>
      </p>
      <p class="muted">
        {t('diagnosticsSchemaVersion')}: {props.schemaVersion}
      </p>
    </section>
  );
}
