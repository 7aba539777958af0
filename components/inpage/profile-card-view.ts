import type { CardLine, CardView, ProfileCardData } from '../../utils/messaging/card-protocol';
import type { Translate } from '../../utils/i18n';
import { formatDay } from '../../utils/text/dates';
import { reminderLine } from '../journal/reminder-line';
import { KIND_KEYS } from '../journal/words';

export type { CardLine, CardView };

/** At most this many open reminders are listed; the rest are counted. */
const REMINDERS_SHOWN = 3;

/**
 * What the card on a known person's profile says: where and when you met, the last contact, the open
 * follow-ups (overdue ones marked), your verdict, the block. Pure: time, locale and words are given.
 */
export function cardView(data: ProfileCardData, ctx: { t: Translate; locale: string; now: number }): CardView {
  const { t, locale, now } = ctx;
  const day = (ms: number) => formatDay(ms, locale);
  const { summary } = data;
  const lines: CardLine[] = [];
  const met = summary.lastMet;
  if (met) {
    const where = met.eventName ? t('journal_metAt', [met.eventName, day(met.at)]) : t('journal_metOn', day(met.at));
    lines.push({ id: 'met', text: met.place ? `${where} ${t('journal_metPlace', met.place)}` : where, tone: 'lead' });
    // Only from two on: German and English both use their plural form then.
    if (summary.meetings > 1) lines.push({ id: 'meetings', text: t('card_meetings', new Intl.NumberFormat(locale).format(summary.meetings)), tone: 'plain' });
  } else if (data.personId) {
    lines.push({ id: 'met', text: t('journal_notMetYet'), tone: 'plain' });
  }
  const last = summary.lastInteraction;
  if (last && !(last.kind === 'met' && met && last.at === met.at)) {
    lines.push({ id: 'last', text: t('journal_lastInteraction', [t(KIND_KEYS[last.kind]), day(last.at)]), tone: 'plain' });
  }
  for (const r of summary.openReminders.slice(0, REMINDERS_SHOWN)) {
    const { text, overdue } = reminderLine(r, ctx);
    lines.push({ id: `reminder-${r.id}`, text, tone: overdue ? 'warn' : 'plain' });
  }
  const more = summary.openReminders.length - REMINDERS_SHOWN;
  if (more > 0) {
    const key = new Intl.PluralRules(locale).select(more) === 'one' ? 'card_moreReminders_one' : 'card_moreReminders_other';
    lines.push({ id: 'reminders-more', text: t(key, new Intl.NumberFormat(locale).format(more)), tone: 'plain' });
  }
  if (summary.verdict) lines.push({ id: 'verdict', text: t(`journal_verdict_${summary.verdict}`), tone: summary.verdict === 'genuine' ? 'plain' : 'warn' });
  if (summary.blocked) {
    lines.push({ id: 'blocked', text: data.block ? t('card_blockedSince', [day(data.block.at), data.block.reason]) : t('journal_blocked'), tone: 'danger' });
  }
  if (data.sites.length > 1) lines.push({ id: 'sites', text: t('card_bothSites'), tone: 'plain' });
  const name = data.name.trim();
  return {
    label: name ? t('card_label', name) : t('card_labelBlocked'),
    title: name || t('journal_blocked'),
    lines,
    notes: [data.metNotes ?? '', data.notes].filter((text) => text !== ''),
    ...(data.tags.length ? { tags: t('card_tags', data.tags.join(', ')) } : {}),
    canOpen: !!data.personId,
  };
}
