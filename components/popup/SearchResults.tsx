import type { Person } from '../../utils/model/people';
import { useT } from '../i18n';
import { plural } from '../journal/words';

/** Journal search in the popup; a name opens the person's page in the dashboard. */
export function SearchResults({ results, total, locale, onOpenPerson }: { results: readonly Person[]; total: number; locale: string; onOpenPerson: (id: string) => void }) {
  const t = useT();
  if (total === 0) return <p class="empty">{t('searchNoResults')}</p>;
  return (
    <div>
      <p class="muted">{plural(t, locale, 'journal_people', total)}</p>
      <ul class="result-list">
        {results.map((person) => (
          <li key={person.id}>
            <button type="button" class="link" onClick={() => onOpenPerson(person.id)}>
              <strong>{person.displayName}</strong>
            </button>
            {person.headline ? <span class="muted"> · {person.headline}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
