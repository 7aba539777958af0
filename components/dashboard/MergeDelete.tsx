import { useState } from 'preact/hooks';
import type { Person } from '../../utils/model/people';
import { useT } from '../i18n';

/** Merge another entry of the same person into this one (with undo), or delete this person for good. */
export function MergeDelete(props: {
  person: Person;
  onSearch: (query: string) => Promise<Person[]>;
  onMerge: (other: Person) => Promise<void>;
  onDelete: () => Promise<void>;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Person[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const search = async (value: string) => {
    setQuery(value);
    setFound(value.trim() ? (await props.onSearch(value)).filter((p) => p.id !== props.person.id).slice(0, 8) : []);
  };
  const act = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  // The merged entry is gone: its button would merge nothing.
  const merge = async (other: Person) => {
    await props.onMerge(other);
    setQuery('');
    setFound([]);
  };
  return (
    <>
      <section class="journal-form" aria-labelledby="merge-title">
        <h3 id="merge-title">{t('journal_merge')}</h3>
        <p class="small muted">{t('journal_mergeHint')}</p>
        <input type="search" value={query} aria-label={t('journal_merge')} placeholder={t('popupSearchPlaceholder')} onInput={(e) => void search(e.currentTarget.value)} />
        <ul class="result-list">
          {found.map((p) => (
            <li key={p.id}>
              <button type="button" onClick={() => void act(() => merge(p))}>
                {t('journal_mergeWith', [p.displayName, p.company ?? p.headline ?? ''].filter(Boolean).join(' · '))}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section class="journal-form" aria-labelledby="delete-title">
        <h3 id="delete-title">{t('journal_delete')}</h3>
        {confirming ? (
          <>
            <p role="alert">{t('journal_deleteConfirm', props.person.displayName)}</p>
            <div class="actions">
              <button type="button" class="danger" onClick={() => void act(props.onDelete)}>
                {t('journal_deleteYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('journal_cancel')}
              </button>
            </div>
          </>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t('journal_delete')}
          </button>
        )}
      </section>
      {error ? <p class="error" role="alert">{t('journal_saveFailed', error)}</p> : null}
    </>
  );
}
