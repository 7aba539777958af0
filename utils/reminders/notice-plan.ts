import { plural } from '../plural';
import type { Translate } from '../i18n';
import type { DueItem } from '../model/reminders';
import { formatDay } from '../text/dates';

/** Up to this many reminders due at once keep a notification each; more make one summary. */
export const SEPARATE_AT_MOST = 3;
/** How many people a summary names before "and N others". */
export const NAMED_IN_SUMMARY = 3;

// A person's notice names the person (encoded: an id may hold the ':' that ends it) and the reminder; a summary's names the reminder that heads it and its due time,
// so a later summary headed by the same keep-in-touch reminder (a new round) is a new notification.
const PERSON_PREFIX = 'handschlag-reminder:';
const SUMMARY_PREFIX = 'handschlag-reminders-due:';

/** One notification to show: plain text, as the browser shows it (names are never markup). */
export interface Notice {
  id: string;
  title: string;
  message: string;
}

/** What a click on a notice opens: one person's page, or the reminders that are due. */
export type NoticeTarget = { kind: 'person'; personId: string } | { kind: 'due' };

/** "Sie haben sich am 13. März 2026 getroffen (Hannover Messe)." / "Your keep-in-touch reminder is due." */
function context(item: DueItem, t: Translate, locale: string): string {
  if (item.metAt === undefined) return t('journal_noticeKeepInTouch');
  const day = formatDay(item.metAt, locale);
  return item.eventName ? t('journal_noticeMetAt', [item.eventName, day]) : t('journal_noticeMetOn', day);
}

function personNotice(item: DueItem, t: Translate, locale: string): Notice {
  const { reminder } = item;
  return {
    id: `${PERSON_PREFIX}${encodeURIComponent(reminder.personId)}:${reminder.id}`,
    title: t(reminder.kind === 'follow-up' ? 'journal_noticeFollowUp' : 'journal_noticeGetInTouch', item.name),
    message: context(item, t, locale),
  };
}

/**
 * The one notice for many: "12 Erinnerungen sind fällig" and "Anna Adler, Bernd Bauer, Clara Weiß und 9 weitere
 * Personen". People are counted once however many of their reminders are due; the longest due are named first.
 */
function summaryNotice(items: readonly DueItem[], t: Translate, locale: string): Notice {
  const collator = new Intl.Collator(locale);
  // The journal's order is that of random ids: those due at the same time are named in the order of the alphabet.
  const byDue = [...items].sort((a, b) => a.reminder.dueAt - b.reminder.dueAt || collator.compare(a.name, b.name));
  const names = new Map<string, string>();
  for (const item of byDue) if (!names.has(item.reminder.personId)) names.set(item.reminder.personId, item.name);
  const people = [...names.values()];
  const others = people.length - NAMED_IN_SUMMARY;
  // "… and 1 other" would hide a name in as many words as it takes to say it.
  const parts = others > 1 ? [...people.slice(0, NAMED_IN_SUMMARY), plural(t, locale, 'journal_noticeSummaryOthers', others)] : people;
  const head = byDue[0]!.reminder;
  return {
    id: `${SUMMARY_PREFIX}${head.id}:${head.dueAt}`,
    title: plural(t, locale, 'journal_noticeSummary', items.length),
    // The list's words ("und", "and") and commas come from Intl, in the locale of the words.
    message: new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts),
  };
}

/**
 * The notifications for reminders that came due together (after a weekend with the computer off, a dozen): a few
 * keep their own, more than that make one summary, since many at once are noise and some systems drop all but a
 * few. Pure: words and locale are given.
 */
export function noticePlan(items: readonly DueItem[], t: Translate, locale: string): Notice[] {
  if (items.length === 0) return [];
  if (items.length <= SEPARATE_AT_MOST) return items.map((item) => personNotice(item, t, locale));
  return [summaryNotice(items, t, locale)];
}

/** The target of a notice's id (null: not one of the reminders'). Pure. */
export function targetOfNotice(id: string): NoticeTarget | null {
  if (id.startsWith(SUMMARY_PREFIX)) return { kind: 'due' };
  if (!id.startsWith(PERSON_PREFIX)) return null;
  const rest = id.slice(PERSON_PREFIX.length);
  const end = rest.indexOf(':');
  if (end < 1) return null;
  try {
    return { kind: 'person', personId: decodeURIComponent(rest.slice(0, end)) };
  } catch {
    return null; // not made here
  }
}
