import type { RequestRow as Row } from '../../utils/messaging/requests-protocol';
import type { MessageKey } from '../../utils/i18n';
import { profileUrl } from '../../utils/platforms/profile-url';
import { formatDate, siteName } from '../format';
import { useT } from '../i18n';
import { SafeLink } from '../SafeLink';
import { ScoreBadge } from '../ScoreBadge';

export type Judgement = 'genuine' | 'collector';

export interface RequestRowProps {
  row: Row;
  locale: string;
  onVerdict: (row: Row, verdict: Judgement | null) => void;
  onUnblock: (row: Row) => void;
}

/**
 * One request: who (a link to their journal page and, on https XING/LinkedIn only, to their profile), the note,
 * direction, site, date and state, the assessment with its reasons in words, and the local actions. Everything
 * from the page is rendered as text.
 */
export function RequestRow({ row, locale, onVerdict, onUnblock }: RequestRowProps) {
  const t = useT();
  const { request, person, score, verdict, blocked } = row;
  const name = person.displayName;
  const judge = (value: Judgement) => onVerdict(row, verdict === value ? null : value);
  return (
    <tr data-request-id={request.id}>
      <td>
        <a href={`#person/${encodeURIComponent(person.id)}`} aria-label={`${name}: ${t('requests_openPerson')}`}>
          <strong>{name}</strong>
        </a>
        {person.headline ? <p class="muted small">{person.headline}</p> : null}
        <p class={request.note ? 'note clamp' : 'note muted'}>{request.note || t('requestNoNote')}</p>
        <SafeLink href={profileUrl(request.platform, request.key)}>{t('personOpenProfile', siteName(t, request.platform))}</SafeLink>
      </td>
      <td>
        <p>{t('requests_madeOn', [t(request.direction === 'received' ? 'requests_received' : 'requests_sent'), siteName(t, request.platform), formatDate(row.at, locale)])}</p>
        <p>
          <span class="pill state">{t(`journal_state_${request.state}` as MessageKey)}</span>
        </p>
      </td>
      <td>
        {score ? <ScoreBadge band={score.band} value={score.value} /> : <span class="muted">{request.direction === 'received' ? t('triage_notScored') : t('requests_bandUnscored')}</span>}
        {score?.reasons.length ? (
          <ul class="reasons">
            {score.reasons.slice(0, 4).map((reason) => (
              <li key={reason.id} class={reason.weight > 0 ? 'up' : 'down'}>
                <span aria-hidden="true">{reason.weight > 0 ? '▲' : '▼'}</span> {t(reason.key as MessageKey, reason.subs)}
              </li>
            ))}
          </ul>
        ) : null}
      </td>
      <td>
        {verdict === 'spam' ? <p>{t('requests_spamVerdict')}</p> : null}
        {request.direction === 'received' ? (
          <div class="actions" role="group" aria-label={t('requests_verdictFor', [t('requests_colVerdict'), name])}>
            <button type="button" aria-pressed={verdict === 'genuine'} onClick={() => judge('genuine')}>
              {t('verdictGenuine')}
            </button>
            <button type="button" aria-pressed={verdict === 'collector'} onClick={() => judge('collector')}>
              {t('verdictCollector')}
            </button>
            {verdict === 'spam' ? (
              <button type="button" onClick={() => onVerdict(row, null)}>
                {t('requests_clearVerdict')}
              </button>
            ) : null}
          </div>
        ) : null}
        {blocked ? (
          <>
            <p class="small">{t('triage_knownBlocked', [formatDate(blocked.at, locale), blocked.reason])}</p>
            <button type="button" aria-label={t('requests_unblockFor', name)} onClick={() => onUnblock(row)}>
              {t('requests_unblock')}
            </button>
          </>
        ) : null}
      </td>
    </tr>
  );
}
