import { useState } from 'preact/hooks';
import type { Person } from '../../utils/model/people';
import { formatDay } from '../../utils/text/dates';
import { personLine } from '../../utils/text/person-line';
import { useT } from '../i18n';
import { plural } from '../journal/words';

import { PEOPLE_FIRST_PAGE } from '../../utils/messaging/limits';
import { personHash } from './person-hash';

/** People per page (the worker keeps the first page ready for exactly this size). */
export const PAGE_SIZE = PEOPLE_FIRST_PAGE;

/**
 * The people in pages of a hundred (30,000 people stay smooth: only one page is ever in the DOM). Each
 * name is a link to the person's page, so rows work by keyboard and open in a new tab too.
 */
export function PeopleTable(props: {
  items: readonly Person[];
  total: number;
  offset: number;
  query: string;
  locale: string;
  onQuery: (query: string) => void;
  onOffset: (offset: number) => void;
  onAdd: (fields: { displayName: string; company?: string; headline?: string }) => Promise<void>;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const open = (person: Person) => (location.hash = personHash(person.id));
  const last = Math.min(props.offset + props.items.length, props.total);
  // "1–100 von 30.000" beside "30.000 Personen": every number on screen in the UI's own format.
  const number = new Intl.NumberFormat(props.locale);
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading" tabIndex={-1}>
        {t('dashboardPeople')}
      </h2>
      <input
        type="search"
        class="wide"
        value={props.query}
        placeholder={t('journal_searchHint')}
        aria-label={t('popupSearchLabel')}
        onInput={(event) => props.onQuery(event.currentTarget.value)}
      />
      {props.total === 0 && !props.query ? (
        <p class="empty">{t('peopleEmpty')}</p>
      ) : props.total === 0 ? (
        <p class="empty">{t('searchNoResults')}</p>
      ) : (
        <>
          <div class="pager">
            <span class="muted" aria-live="polite">{plural(t, props.locale, 'journal_people', props.total)}</span>
            {props.total > PAGE_SIZE ? (
              <>
                <button type="button" disabled={props.offset === 0} onClick={() => props.onOffset(Math.max(0, props.offset - PAGE_SIZE))}>
                  {t('journal_previous')}
                </button>
                <span>{t('journal_pageOf', [number.format(props.offset + 1), number.format(last), number.format(props.total)])}</span>
                <button type="button" disabled={last >= props.total} onClick={() => props.onOffset(props.offset + PAGE_SIZE)}>
                  {t('journal_next')}
                </button>
              </>
            ) : null}
          </div>
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('peopleColumnName')}</th>
                <th scope="col">{t('peopleColumnHeadline')}</th>
                <th scope="col">{t('peopleColumnLocation')}</th>
                <th scope="col">{t('peopleColumnUpdated')}</th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((person) => (
                <tr key={person.id} class="row-link" onClick={(e) => (e.target as HTMLElement).tagName !== 'A' && open(person)}>
                  <td>
                    <a href={personHash(person.id)}>{person.displayName}</a>
                  </td>
                  <td>{personLine({ headline: person.headline, company: person.company })}</td>
                  <td>{person.location ?? ''}</td>
                  <td>{formatDay(person.updatedAt, props.locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <form
        class="journal-form"
        aria-labelledby="add-person-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          void props.onAdd({ displayName: name.trim(), ...(company.trim() ? { company: company.trim() } : {}) }).then(() => {
            setName('');
            setCompany('');
          });
        }}
      >
        <h3 id="add-person-title">{t('journal_addPerson')}</h3>
        <p class="small muted">{t('journal_addPersonHint')}</p>
        <div class="row">
          <label class="stack" for="add-name">
            <span>{t('journal_name')}</span>
            <input id="add-name" type="text" required maxLength={500} value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <label class="stack" for="add-company">
            <span>{t('journal_company')}</span>
            <input id="add-company" type="text" maxLength={500} value={company} onInput={(e) => setCompany(e.currentTarget.value)} />
          </label>
        </div>
        <div class="actions">
          <button type="submit">{t('journal_add')}</button>
        </div>
      </form>
    </section>
  );
}
