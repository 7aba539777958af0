import type { MessageKey } from '../../utils/i18n';
import { formatDay, formatDayTime, isoDay } from '../../utils/text/dates';
import { upperFirst } from '../../utils/text/upper-first';
import { siteName } from '../format';
import { useT } from '../i18n';
import { KIND_KEYS } from '../journal/words';
import type { TimelineEntry } from './timeline';

/**
 * Why a reminder closed, in words. A follow-up is cancelled by a contact (a request or message came); a keep-in-touch
 * reminder only ever by the user's change of cadence or tags (cadence.ts syncCadence): a contact restarts it instead.
 */
const closedKey = (e: Extract<TimelineEntry, { kind: 'reminder' }>): MessageKey =>
  e.state === 'done' ? 'journal_tl_reminder_done' : e.reminderKind === 'keep-in-touch' ? 'journal_tl_reminder_switchedOff' : 'journal_tl_reminder_cancelled';

/**
 * Entries whose time of day is not known: the meeting form asks for a day only (another day is stored as its noon,
 * today as the moment it was logged), so a meeting and its marks show the day alone; so does a request step the
 * list dated only roughly ("2 days ago": timeline.ts gives its window's start as `from`).
 */
const DAY_ONLY_KINDS: ReadonlySet<string> = new Set(['met', 'helped-them', 'helped-me']);
const dayOnly = (e: TimelineEntry): boolean => (e.kind === 'interaction' && DAY_ONLY_KINDS.has(e.interaction.kind)) || (e.kind === 'request-state' && e.from !== undefined);

/** A request step known within a day ("2 days ago") shows that day; one known only within weeks shows both ends. */
const WITHIN_A_DAY = 25 * 3_600_000; // a day and the hour a clock change adds

function When({ e, locale }: { e: TimelineEntry; locale: string }) {
  const day = <time dateTime={isoDay(e.at)}>{formatDay(e.at, locale)}</time>;
  if (!dayOnly(e)) return <time dateTime={new Date(e.at).toISOString()}>{formatDayTime(e.at, locale)}</time>;
  if (e.kind !== 'request-state' || e.from === undefined || e.at - e.from <= WITHIN_A_DAY || isoDay(e.from) === isoDay(e.at)) return day;
  return (
    <>
      <time dateTime={isoDay(e.from)}>{formatDay(e.from, locale)}</time> – {day}
    </>
  );
}

/** The person's timeline in words: meetings, requests and their states, messages, verdicts, profile changes. */
export function Timeline({ entries, locale }: { entries: readonly TimelineEntry[]; locale: string }) {
  const t = useT();
  const line = (e: TimelineEntry) => {
    switch (e.kind) {
      case 'interaction': {
        const i = e.interaction;
        const head = i.kind === 'met' ? (e.eventName ? t('journal_tl_metAt', e.eventName) : t('journal_tl_met')) : upperFirst(t(KIND_KEYS[i.kind]), locale);
        return (
          <>
            <strong>{head}</strong>
            {i.place ? ` · ${i.place}` : ''}
            {i.text ? <p class="small">{i.text}</p> : null}
          </>
        );
      }
      case 'request-state':
        return (
          <>
            <strong>{t(e.direction === 'received' ? 'journal_tl_request_received' : 'journal_tl_request_sent', [siteName(t, e.platform), t(`journal_state_${e.state}` as MessageKey)])}</strong>
            {e.note ? <p class="small">{e.note}</p> : null}
          </>
        );
      case 'verdict':
        return <strong>{t('journal_tl_verdict', t(`journal_verdictWord_${e.verdict}` as MessageKey))}</strong>;
      case 'snapshot':
        return (
          <>
            <strong>{t(e.first ? 'journal_tl_firstSeen' : e.changes.length ? 'journal_tl_changed' : 'journal_tl_unchanged', siteName(t, e.platform))}</strong>
            {e.changes.length ? (
              <ul class="changes small">
                {e.changes.map((c) => (
                  <li key={c.field}>{t('journal_tl_change', [t(`journal_field_${c.field}` as MessageKey), c.before ?? t('journal_none'), c.after ?? t('journal_none')])}</li>
                ))}
              </ul>
            ) : null}
          </>
        );
      case 'reminder':
        return <strong>{e.state === 'open' ? t('journal_tl_reminder_open', formatDay(e.dueAt, locale)) : t(closedKey(e))}</strong>;
    }
  };
  if (!entries.length) return <p class="muted">{t('journal_timelineEmpty')}</p>;
  return (
    <ol class="timeline" data-testid="timeline">
      {entries.map((e) => (
        <li key={e.id} data-kind={e.kind}>
          <When e={e} locale={locale} />
          {line(e)}
        </li>
      ))}
    </ol>
  );
}
