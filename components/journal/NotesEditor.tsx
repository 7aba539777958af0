import { useState } from 'preact/hooks';
import type { Person } from '../../utils/model/people';
import { useT } from '../i18n';
import { useDraft } from './use-draft';
import { parseTags } from './words';

/**
 * Tags typed but not saved, with the tags the record gained meanwhile (a logged meeting's) added: neither the
 * user's typing nor the meeting's tags are lost. Pure.
 */
export function mergeTags(typed: string, before: string, after: string): string {
  const had = new Set(parseTags(before).map((tag) => tag.toLowerCase()));
  const present = new Set(parseTags(typed).map((tag) => tag.toLowerCase()));
  const added = parseTags(after).filter((tag) => !had.has(tag.toLowerCase()) && !present.has(tag.toLowerCase()));
  if (!added.length) return typed;
  const base = typed.trim().replace(/,\s*$/, '');
  return base ? `${base}, ${added.join(', ')}` : added.join(', ');
}

/**
 * The person's own notes and tags, editable wherever the person appears; saved on the button. What the user typed
 * survives a change of the person under the editor (another form saved), until this form saves it.
 */
export function NotesEditor(props: { person: Person; idPrefix: string; onSave: (patch: { notes: string; tags: string[] }) => Promise<void> }) {
  const t = useT();
  const draft = useDraft(props.person.id, props.person.updatedAt, { notes: props.person.notes, tags: props.person.tags.join(', ') }, (key, typed, before, after) =>
    key === 'tags' ? mergeTags(typed, before, after) : typed,
  );
  const { notes, tags } = draft.values;
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const id = (name: string) => `${props.idPrefix}-${name}`;
  const submit = async (event: Event) => {
    event.preventDefault();
    if (status.kind === 'saving') return; // one save at a time (the button stays focusable, so focus stays on it)
    setStatus({ kind: 'saving' });
    const sent = draft.begin();
    try {
      await props.onSave({ notes, tags: parseTags(tags) });
      draft.saved(sent);
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
        <textarea id={id('notes')} rows={4} value={notes} maxLength={20000} onInput={(e) => draft.set('notes', e.currentTarget.value)} />
      </label>
      <label class="stack" for={id('tags')}>
        <span>{t('journal_tags')}</span>
        <input id={id('tags')} type="text" value={tags} onInput={(e) => draft.set('tags', e.currentTarget.value)} />
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
