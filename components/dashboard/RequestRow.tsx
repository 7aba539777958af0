import type { RequestRow as Row } from '../../utils/messaging/requests-protocol';
import type { MessageKey } from '../../utils/i18n';
import { profileUrl } from '../../utils/platforms/profile-url';
import { formatDate, siteName } from '../format';
import { useT } from '../i18n';
import { SafeLink } from '../SafeLink';
import { ScoreBadge } from '../ScoreBadge';
import { personHash } from './person-hash';

export type Judgement = 'genuine' | 'collector';
/** A row's local actions, also its buttons' `data-action` (the view puts the focus back on one after an action). */
export type RowAction = 'genuine' | 'collector' | 'clear' | 'block' | 'unblock';

export interface RequestRowProps {
  row: Row;
  locale: string;
  /** The table's one Tab stop: only the active row and its controls are in the Tab order. */
  active: boolean;
  onFocus: () => void;
  onAction: (row: Row, action: RowAction) => void;
}

/**
 * One request: who (a link to their journal page and, on https XING/LinkedIn only, to their profile), the note,
 * direction, site, date and state, the assessment with its reasons in words, and the local actions (verdicts, the
 * blocklist). Accepting, declining and the site's own block stay on the site, where they can be verified.
 * Everything from the page is rendered as text.
 */
export function RequestRow({ row, locale, active, onFocus, onAction }: RequestRowProps) {
  const t = useT();
  const { request, person, score, verdict, blocked } = row;
  const name = person.displayName;
  const tab = active ? 0 : -1;
  const action = (kind: RowAction, label: string, extra: { pressed?: boolean; aria?: string } = {}) => (
    <button type="button" data-action={kind} tabIndex={tab} aria-pressed={extra.pressed} aria-label={extra.aria} onClick={() => onAction(row, kind)}>
      {label}
    </button>
  );
  return (
    <tr data-request-id={request.id} tabIndex={tab} aria-label={name} onFocusIn={onFocus}>
      <td>
        <a href={personHash(person.id)} tabIndex={tab} aria-label={`${name}: ${t('requests_openPerson')}`}>
          <strong>{name}</strong>
        </a>
        {person.headline ? <p class="muted small">{person.headline}</p> : null}
        <p class={request.note ? 'note clamp' : 'note muted'}>{request.note || t('requestNoNote')}</p>
        <SafeLink href={profileUrl(request.platform, request.key)} tabIndex={tab}>
          {t('personOpenProfile', siteName(t, request.platform))}
        </SafeLink>
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
            {action('genuine', t('verdictGenuine'), { pressed: verdict === 'genuine' })}
            {action('collector', t('verdictCollector'), { pressed: verdict === 'collector' })}
            {verdict === 'spam' ? action('clear', t('requests_clearVerdict')) : null}
            {blocked ? null : action('block', t('requests_block'), { aria: t('requests_blockFor', name) })}
          </div>
        ) : null}
        {blocked ? (
          <>
            <p class="small">{t('triage_knownBlocked', [formatDate(blocked.at, locale), blocked.reason])}</p>
            {action('unblock', t('requests_unblock'), { aria: t('requests_unblockFor', name) })}
          </>
        ) : null}
      </td>
    </tr>
  );
}
