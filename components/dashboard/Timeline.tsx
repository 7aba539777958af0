import type { MessageKey } from '../../utils/i18n';
import { formatDay, formatDayTime } from '../../utils/text/dates';
import { upperFirst } from '../../utils/text/upper-first';
import { siteName } from '../format';
import { useT } from '../i18n';
import { KIND_KEYS } from '../journal/words';
import type { TimelineEntry } from './timeline';

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
        return <strong>{e.state === 'open' ? t('journal_tl_reminder_open', formatDay(e.dueAt, locale)) : t(e.state === 'done' ? 'journal_tl_reminder_done' : 'journal_tl_reminder_cancelled')}</strong>;
    }
  };
  if (!entries.length) return <p class="muted">{t('journal_timelineEmpty')}</p>;
  return (
    <ol class="timeline" data-testid="timeline">
      {entries.map((e) => (
        <li key={e.id} data-kind={e.kind}>
          <time dateTime={new Date(e.at).toISOString()}>{formatDayTime(e.at, locale)}</time>
          {line(e)}
        </li>
      ))}
    </ol>
  );
}
