import type { ComponentChild } from 'preact';
import type { EventView } from '../../utils/model/person-views';
import { formatDay } from '../../utils/text/dates';
import { useT } from '../i18n';
import { plural } from '../journal/words';
import { personHash } from './person-hash';

type Met = EventView['met'][number];

/** One person's meeting days at an event in words: "14. März 2026", or several joined by the locale's list. */
function meetingDays(m: Met, locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format([...new Set(m.dates.map((at) => formatDay(at, locale)))]);
}

/** First met first; people met at the same time by name, in the locale's order. */
function inOrder(met: readonly Met[], locale: string): Met[] {
  const collator = new Intl.Collator(locale);
  return [...met].sort((a, b) => a.at - b.at || collator.compare(a.name, b.name));
}

/** Parts of one line joined by " · ". */
const joined = (parts: ComponentChild[]): ComponentChild[] => parts.flatMap((part, i) => (i === 0 ? [part] : [' · ', part]));

/** Who you met where: every event with the people met there, each a link to their page. */
export function EventsView({ items, locale }: { items: readonly EventView[]; locale: string }) {
  const t = useT();
  // Events nobody is linked to any more are not "who you met where" (listEvents leaves them out too).
  const shown = items.filter((item) => item.met.length > 0);
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading" tabIndex={-1}>
        {t('journal_events')}
      </h2>
      {!shown.length ? (
        <p class="empty">{t('journal_eventsEmpty')}</p>
      ) : (
        shown.map(({ event, met }) => (
          <article key={event.id} class="event" aria-labelledby={`event-${event.id}`}>
            <h3 id={`event-${event.id}`}>{event.name}</h3>
            <p class="muted">
              {/* The user's own text is isolated: a direction mark in a place never turns the rest of the line. */}
              {joined([
                ...(event.date !== undefined ? [formatDay(event.date, locale)] : []),
                ...(event.place ? [<bdi key="place">{event.place}</bdi>] : []),
                plural(t, locale, 'journal_people', met.length),
              ])}
            </p>
            <ul>
              {inOrder(met, locale).map((m) => (
                <li key={m.personId}>
                  <a href={personHash(m.personId)}>
                    <bdi>{m.name}</bdi>
                  </a>{' '}
                  <span class="muted small">{meetingDays(m, locale)}</span>
                </li>
              ))}
            </ul>
          </article>
        ))
      )}
    </section>
  );
}
