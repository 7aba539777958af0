import type { BadgeView } from '../../../../components/inpage/RequestBadge';
import type { MessageKey, Translate } from '../../../i18n';
import type { ResponseOf } from '../../../messaging/protocol';
import type { Platform } from '../../../model/base';

/** What the journal says about one card's person (the background's answer to `inpage/requests`). */
export type BadgeItem = ResponseOf<'inpage/requests'>['items'][number];

/** The expanded badge's view of a journal item: reasons in the UI language; closed once the request is not pending. */
export function badgeView(t: Translate, item: BadgeItem | undefined, at: { name: string; platform: Platform; direction: 'received' | 'sent'; closed?: true }): BadgeView {
  return {
    name: at.name,
    platform: at.platform,
    direction: at.direction,
    closed: at.closed ?? (item?.state !== undefined && item.state !== 'pending'),
    ...(item?.score ? { score: { ...item.score, reasons: item.score.reasons.map((r) => ({ id: r.id, weight: r.weight, text: t(r.key as MessageKey, r.subs) })) } } : {}),
    ...(item?.verdict ? { verdict: item.verdict } : {}),
    ...(item?.blocked ? { blocked: item.blocked } : {}),
    ...(item?.state ? { state: item.state } : {}),
    ...(item?.known ? { known: item.known } : {}),
  };
}
