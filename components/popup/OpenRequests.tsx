import type { MessageKey } from '../../utils/i18n';
import type { ResponseOf } from '../../utils/messaging/protocol';
import { siteName } from '../format';
import { useT } from '../i18n';
import { ScoreBadge } from '../ScoreBadge';
import { relativeTime } from './relative-time';
import { ScoreReasons } from './ScoreReasons';

export type OpenRequest = NonNullable<NonNullable<ResponseOf<'person/get'>['view']>['openRequests']>[number];

/**
 * The person's pending requests on This page (issue 17 §3): when and where each came, with the band, score and
 * reasons the Requests tab shows for it. The reasons come as locale keys and are worded here in the UI language.
 */
export function OpenRequests({ requests, now, locale }: { requests: readonly OpenRequest[]; now: number; locale: string }) {
  const t = useT();
  if (!requests.length) return null;
  return (
    <ul class="open-requests" aria-label={t('popup_openRequestsLabel')}>
      {requests.map((request) => (
        <li key={request.id} data-request-id={request.id}>
          <p class="request-head">
            <span>{t('popup_openRequest', [siteName(t, request.platform), relativeTime(request.at, now, locale)])}</span>
            {request.score ? <ScoreBadge band={request.score.band} value={request.score.value} /> : null}
            {request.blocked ? (
              <span class="pill error">
                <span aria-hidden="true">⛔</span> {t('triage_onBlocklistShort')}
              </span>
            ) : null}
          </p>
          {request.score ? <ScoreReasons reasons={request.score.reasons.map((r) => ({ id: r.id, weight: r.weight, text: t(r.key as MessageKey, r.subs) }))} /> : null}
        </li>
      ))}
    </ul>
  );
}
