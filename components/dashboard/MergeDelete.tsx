import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Person } from '../../utils/model/people';
import { joinTagsAndNotes, mergeCuts, type MergeCut } from '../../utils/model/person-join';
import { isPersonMissing } from '../../utils/model/person-missing';
import { useT } from '../i18n';

type Failure = { kind: 'missing' } | { kind: 'failed'; message: string };

/** Merge another entry of the same person into this one (with undo), or delete this person for good. */
export function MergeDelete(props: {
  person: Person;
  locale?: string;
  onSearch: (query: string) => Promise<Person[]>;
  onMerge: (other: Person) => Promise<void>;
  onDelete: () => Promise<void>;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Person[]>([]);
  const [confirming, setConfirming] = useState(false);
  // A merge that would cut notes or tags waits for the user's word (MergeCut says what would go).
  const [cutting, setCutting] = useState<{ other: Person; cut: MergeCut } | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  // Focus follows each confirmation in and, on Cancel, back to the button that opened it: the button is replaced
  // by the confirmation, so focus would fall to the page's top. Before the paint, as PersonPanel.tsx does.
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmArea = useRef<HTMLDivElement>(null);
  const returnTo = useRef<(() => HTMLElement | null) | null>(null);
  useLayoutEffect(() => {
    if (confirming || cutting) return void confirmArea.current?.querySelector<HTMLButtonElement>('button[data-cancel]')?.focus();
    const back = returnTo.current?.();
    returnTo.current = null;
    if (back?.isConnected) back.focus();
  }, [confirming, cutting]);
  const search = async (value: string) => {
    setQuery(value);
    setFound(value.trim() ? (await props.onSearch(value)).filter((p) => p.id !== props.person.id).slice(0, 8) : []);
  };
  const act = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(isPersonMissing(e) ? { kind: 'missing' } : { kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      // An entry deleted or merged meanwhile leaves the results.
      if (isPersonMissing(e) && query.trim()) await search(query);
    }
  };
  // The merged entry is gone: its button would merge nothing.
  const merge = async (other: Person) => {
    setCutting(null);
    await props.onMerge(other);
    setQuery('');
    setFound([]);
  };
  const ask = (other: Person, opener: HTMLElement) => {
    const { cut } = joinTagsAndNotes(props.person, other);
    if (!mergeCuts(cut)) return void act(() => merge(other));
    returnTo.current = () => opener;
    setConfirming(false);
    setCutting({ other, cut });
  };
  const cancel = () => {
    setConfirming(false);
    setCutting(null);
  };
  const cutText = (cut: MergeCut) =>
    [
      cut.notesCut ? t('journal_mergeCutNotes', new Intl.NumberFormat(props.locale).format(cut.notesCut)) : '',
      cut.tagsCut.length ? t('journal_mergeCutTags', cut.tagsCut.join(', ')) : '',
    ]
      .filter(Boolean)
      .join('; ');
  const choice = (yes: string, onYes: () => void, alert: string) => (
    <div ref={confirmArea}>
      <p role="alert">{alert}</p>
      <div class="actions">
        <button type="button" class="danger" onClick={onYes}>
          {yes}
        </button>
        <button type="button" data-cancel onClick={cancel}>
          {t('journal_cancel')}
        </button>
      </div>
    </div>
  );
  return (
    <>
      <section class="journal-form" aria-labelledby="merge-title">
        <h3 id="merge-title">{t('journal_merge')}</h3>
        <p class="small muted">{t('journal_mergeHint')}</p>
        <input type="search" value={query} aria-label={t('journal_merge')} placeholder={t('popupSearchPlaceholder')} onInput={(e) => void search(e.currentTarget.value)} />
        <ul class="result-list">
          {found.map((p) => (
            <li key={p.id}>
              <button type="button" onClick={(e) => ask(p, e.currentTarget)}>
                {t('journal_mergeWith', [p.displayName, p.company ?? p.headline ?? ''].filter(Boolean).join(' · '))}
              </button>
            </li>
          ))}
        </ul>
        {cutting ? choice(t('journal_mergeAnyway'), () => void act(() => merge(cutting.other)), t('journal_mergeCutConfirm', [cutting.other.displayName, cutText(cutting.cut)])) : null}
      </section>
      <section class="journal-form" aria-labelledby="delete-title">
        <h3 id="delete-title">{t('journal_delete')}</h3>
        {confirming ? (
          choice(t('journal_deleteYes'), () => void act(props.onDelete), t('journal_deleteConfirm', props.person.displayName))
        ) : (
          <button
            type="button"
            class="danger"
            ref={deleteButton}
            onClick={() => {
              returnTo.current = () => deleteButton.current;
              setCutting(null);
              setConfirming(true);
            }}
          >
            {t('journal_delete')}
          </button>
        )}
      </section>
      {error ? (
        <p class="error" role="alert">
          {error.kind === 'missing' ? t('journal_personGone') : t('journal_saveFailed', error.message)}
        </p>
      ) : null}
    </>
  );
}
