import type { EventView } from '../../utils/model/person-views';
import { formatDay } from '../../utils/text/dates';
import { useT } from '../i18n';
import { plural } from '../journal/words';

/** Who you met where: every event with the people met there, each a link to their page. */
export function EventsView({ items, locale }: { items: readonly EventView[]; locale: string }) {
  const t = useT();
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading" tabIndex={-1}>
        {t('journal_events')}
      </h2>
      {!items.length ? (
        <p class="empty">{t('journal_eventsEmpty')}</p>
      ) : (
        items.map(({ event, met }) => (
          <article key={event.id} class="event" aria-labelledby={`event-${event.id}`}>
            <h3 id={`event-${event.id}`}>{event.name}</h3>
            <p class="muted">
              {[event.date !== undefined ? formatDay(event.date, locale) : null, event.place, plural(t, locale, 'journal_people', new Set(met.map((m) => m.personId)).size)].filter(Boolean).join(' · ')}
            </p>
            <ul>
              {met.map((m) => (
                <li key={`${m.personId}:${m.at}`}>
                  <a href={`#person/${encodeURIComponent(m.personId)}`}>{m.name}</a> <span class="muted small">{formatDay(m.at, locale)}</span>
                </li>
              ))}
            </ul>
          </article>
        ))
      )}
    </section>
  );
}
