import type { PersonSummary } from '../../utils/model/person-views';
import { formatDay } from '../../utils/text/dates';
import { useT } from '../i18n';
import { reminderLine } from './reminder-line';
import { KIND_KEYS } from './words';

/** "Met at AUFSCHWUNG-Messe on 14 Mar 2026", the last contact, what is open, the verdict or the block. */
export function Recognition({ summary, locale, now }: { summary: PersonSummary; locale: string; now: number }) {
  const t = useT();
  const day = (ms: number) => formatDay(ms, locale);
  const met = summary.lastMet;
  return (
    <ul class="recognition" data-testid="recognition">
      {met ? (
        <li class="met">
          <strong>{met.eventName ? t('journal_metAt', [met.eventName, day(met.at)]) : t('journal_metOn', day(met.at))}</strong>
          {met.place ? ` ${t('journal_metPlace', met.place)}` : ''}
        </li>
      ) : (
        <li class="muted">{t('journal_notMetYet')}</li>
      )}
      {summary.lastInteraction && summary.lastInteraction.kind !== 'met' ? (
        <li>{t('journal_lastInteraction', [t(KIND_KEYS[summary.lastInteraction.kind]), day(summary.lastInteraction.at)])}</li>
      ) : null}
      {summary.openReminders.map((r) => {
        const line = reminderLine(r, { t, locale, now });
        return <li key={r.id} class={line.overdue ? 'overdue' : undefined}>{line.text}</li>;
      })}
      {summary.verdict ? <li>{t(`journal_verdict_${summary.verdict}`)}</li> : null}
      {summary.blocked ? <li class="error">{t('journal_blocked')}</li> : null}
    </ul>
  );
}
