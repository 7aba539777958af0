import type { DueItem } from '../../utils/model/reminders';
import { useT } from '../i18n';
import { DueList } from '../popup/DueList';
import { personHash } from './person-hash';

/**
 * The dashboard's Reminders: the popup's Due list under the section's heading, each name a link to the person's
 * page. Where the summary notification ("12 reminders are due") leads.
 */
export function RemindersView(props: {
  /** null until the first answer. */
  items: readonly DueItem[] | null;
  now: number;
  locale: string;
  onSnooze: (id: string, until: number) => void;
  onDone: (id: string) => void;
}) {
  const t = useT();
  return (
    <section aria-labelledby="reminders-heading" class="reminders">
      <h2 id="reminders-heading" tabIndex={-1}>
        {t('dashboardReminders')}
      </h2>
      <p class="muted">{t('dashboard_remindersIntro')}</p>
      {props.items === null ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <DueList items={props.items} now={props.now} locale={props.locale} onSnooze={props.onSnooze} onDone={props.onDone} personHref={personHash} headingLevel={3} />
      )}
    </section>
  );
}
