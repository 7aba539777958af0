import { useEffect, useState } from 'preact/hooks';
import type { Person } from '../../utils/model/people';
import { useT } from '../i18n';
import { parseTags } from './words';

/** The person's own notes and tags, editable wherever the person appears; saved on the button. */
export function NotesEditor(props: { person: Person; idPrefix: string; onSave: (patch: { notes: string; tags: string[] }) => Promise<void> }) {
  const t = useT();
  const [notes, setNotes] = useState(props.person.notes);
  const [tags, setTags] = useState(props.person.tags.join(', '));
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  useEffect(() => {
    setNotes(props.person.notes);
    setTags(props.person.tags.join(', '));
  }, [props.person.id, props.person.updatedAt]);
  const id = (name: string) => `${props.idPrefix}-${name}`;
  const submit = async (event: Event) => {
    event.preventDefault();
    if (status.kind === 'saving') return; // one save at a time (the button stays focusable, so focus stays on it)
    setStatus({ kind: 'saving' });
    try {
      await props.onSave({ notes, tags: parseTags(tags) });
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <form class="journal-form" onSubmit={(e) => void submit(e)} aria-labelledby={id('title')}>
      <h3 id={id('title')}>{t('journal_editNotes')}</h3>
      <label class="stack" for={id('notes')}>
        <span>{t('journal_notes')}</span>
        <textarea id={id('notes')} rows={4} value={notes} maxLength={20000} onInput={(e) => setNotes(e.currentTarget.value)} />
      </label>
      <label class="stack" for={id('tags')}>
        <span>{t('journal_tags')}</span>
        <input id={id('tags')} type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div class="actions">
        <button type="submit" aria-disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? t('journal_saving') : t('journal_save')}
        </button>
      </div>
      <p role="status" class={status.kind === 'error' ? 'error' : 'muted'}>
        {status.kind === 'saved' ? t('journal_notesSaved') : status.kind === 'error' ? t('journal_saveFailed', status.message) : ''}
      </p>
    </form>
  );
}
