import type { MessageKey } from '../../utils/i18n';
import type { ResponseOf } from '../../utils/messaging/protocol';
import { useT } from '../i18n';
import { ScoreBadge } from '../ScoreBadge';
import { ScoreReasons } from './ScoreReasons';

export type ProfileScore = NonNullable<NonNullable<ResponseOf<'person/get'>['view']>['profileScore']>;

/**
 * This page on a profile without an open request (issue 17 §3): the band and score the profile and the person's
 * history give, said to come from the profile alone (a request's note could change it), with the reasons.
 */
export function ProfileSignals({ score }: { score: ProfileScore }) {
  const t = useT();
  return (
    <section class="profile-signals" aria-label={t('popup_profileSignalsLabel')}>
      <p class="request-head">
        <span>{t('popup_profileSignals')}</span>
        <ScoreBadge band={score.band} value={score.value} />
      </p>
      <ScoreReasons reasons={score.reasons.map((r) => ({ id: r.id, weight: r.weight, text: t(r.key as MessageKey, r.subs) }))} />
    </section>
  );
}
