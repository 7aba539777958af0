import type { Person } from '../../utils/model/people';
import { formatDate } from '../format';
import { useT } from '../i18n';

export function PeopleTable(props: {
  items: readonly Person[];
  total: number;
  query: string;
  locale: string;
  onQuery: (query: string) => void;
}) {
  const t = useT();
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">{t('dashboardPeople')}</h2>
      <input
        type="search"
        class="wide"
        value={props.query}
        placeholder={t('popupSearchPlaceholder')}
        aria-label={t('popupSearchLabel')}
        onInput={(event) => props.onQuery(event.currentTarget.value)}
      />
      {props.total === 0 && !props.query ? (
        <p class="empty">{t('peopleEmpty')}</p>
      ) : props.total === 0 ? (
        <p class="empty">{t('searchNoResults')}</p>
      ) : (
        <>
          <p class="muted">{t('searchResultsCount', String(props.total))}</p>
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
                <tr key={person.id}>
                  <td>{person.displayName}</td>
                  <td>{[person.headline, person.company].filter(Boolean).join(' · ')}</td>
                  <td>{person.location ?? ''}</td>
                  <td>{formatDate(person.updatedAt, props.locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
