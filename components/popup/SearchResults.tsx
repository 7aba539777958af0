import type { Person } from '../../utils/model/people';
import { useT } from '../i18n';

export function SearchResults({ results, total }: { results: readonly Person[]; total: number }) {
  const t = useT();
  if (total === 0) return <p class="empty">{t('searchNoResults')}</p>;
  return (
    <div>
      <p class="muted">{t('searchResultsCount', String(total))}</p>
      <ul class="result-list">
        {results.map((person) => (
          <li key={person.id}>
            <strong>{person.displayName}</strong>
            {person.headline ? <span class="muted"> · {person.headline}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
