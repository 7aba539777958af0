import { useState } from 'preact/hooks';
import { formatDay, fromIsoDay, isoDay } from '../../utils/text/dates';
import { useT } from '../i18n';
import { parseTags } from './words';

export interface MeetingDraft {
  eventName?: string;
  at: number;
  place?: string;
  notes?: string;
  tags: string[];
  helpedThem: boolean;
  helpedMe: boolean;
}

/**
 * The "log meeting" form. `onSave` resolves with the follow-up's due time once the journal committed the
 * write, or rejects with a message: the confirmation shows only after the commit.
 */
export function MeetingForm(props: {
  eventNames: readonly string[];
  now: number;
  locale: string;
  idPrefix: string;
  onSave: (draft: MeetingDraft) => Promise<{ followUpAt?: number }>;
  onCancel?: () => void;
}) {
  const t = useT();
  const [eventName, setEventName] = useState('');
  const [day, setDay] = useState(isoDay(props.now));
  const [place, setPlace] = useState('');
  const [notes, setNotes] = useState('');
  const [tags, setTags] = useState('');
  const [helpedThem, setHelpedThem] = useState(false);
  const [helpedMe, setHelpedMe] = useState(false);
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' } | { kind: 'saved'; followUpAt?: number } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const id = (name: string) => `${props.idPrefix}-${name}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (status.kind === 'saving') return; // one save at a time (the button stays focusable, so focus stays on it)
    // Today means now (a message later today then counts as the follow-up); another day means its noon.
    const at = day === isoDay(props.now) ? Math.max(props.now, Date.now()) : fromIsoDay(day);
    if (at === null) return setStatus({ kind: 'error', message: t('journal_invalidDate') });
    setStatus({ kind: 'saving' });
    try {
      const result = await props.onSave({
        ...(eventName.trim() ? { eventName: eventName.trim() } : {}),
        at,
        ...(place.trim() ? { place: place.trim() } : {}),
        ...(notes.trim() ? { notes: notes.trim() } : {}),
        tags: parseTags(tags),
        helpedThem,
        helpedMe,
      });
      setStatus({ kind: 'saved', ...result });
      setEventName('');
      setPlace('');
      setNotes('');
      setTags('');
      setHelpedThem(false);
      setHelpedMe(false);
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form class="journal-form" onSubmit={(e) => void submit(e)} aria-labelledby={id('title')}>
      <h3 id={id('title')}>{t('journal_logMeeting')}</h3>
      <label class="stack" for={id('event')}>
        <span>{t('journal_event')}</span>
        <input id={id('event')} type="text" list={id('events')} value={eventName} maxLength={500} placeholder={t('journal_eventHint')} onInput={(e) => setEventName(e.currentTarget.value)} />
      </label>
      <datalist id={id('events')}>
        {props.eventNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div class="row">
        <label class="stack" for={id('date')}>
          <span>{t('journal_date')}</span>
          <input id={id('date')} type="date" value={day} required onInput={(e) => setDay(e.currentTarget.value)} />
        </label>
        <label class="stack" for={id('place')}>
          <span>{t('journal_place')}</span>
          <input id={id('place')} type="text" value={place} maxLength={500} onInput={(e) => setPlace(e.currentTarget.value)} />
        </label>
      </div>
      <label class="stack" for={id('notes')}>
        <span>{t('journal_meetingNotes')}</span>
        <textarea id={id('notes')} rows={3} value={notes} maxLength={20000} onInput={(e) => setNotes(e.currentTarget.value)} />
      </label>
      <label class="stack" for={id('tags')}>
        <span>{t('journal_addTags')}</span>
        <input id={id('tags')} type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <label class="check">
        <input type="checkbox" checked={helpedThem} onChange={(e) => setHelpedThem(e.currentTarget.checked)} />
        <span>{t('journal_helpedThem')}</span>
      </label>
      <label class="check">
        <input type="checkbox" checked={helpedMe} onChange={(e) => setHelpedMe(e.currentTarget.checked)} />
        <span>{t('journal_helpedMe')}</span>
      </label>
      <div class="actions">
        <button type="submit" class="primary" aria-disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? t('journal_saving') : t('journal_save')}
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            {t('journal_cancel')}
          </button>
        ) : null}
      </div>
      <p role="status" class={status.kind === 'error' ? 'error' : 'muted'} data-testid="meeting-status">
        {status.kind === 'saved'
          ? status.followUpAt !== undefined
            ? t('journal_meetingSaved', formatDay(status.followUpAt, props.locale))
            : t('journal_notesSaved')
          : status.kind === 'error'
            ? t('journal_saveFailed', status.message)
            : ''}
      </p>
    </form>
  );
}
