import { useState } from 'preact/hooks';
import type { Person } from '../../utils/model/people';
import type { Reminder } from '../../utils/model/reminders';
import { useT } from '../i18n';
import { useDraft } from '../journal/use-draft';

export interface DetailsPatch {
  displayName: string;
  headline: string;
  company: string;
  location: string;
  keepInTouchDays: number | null;
}

const MAX_CADENCE = 3650;

/**
 * The cadence field as typed: empty or 0 is "no reminder" (null; 0 is how people say "none"), 1–3650 days a
 * reminder, anything else is refused (undefined). Pure.
 */
export function parseCadence(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const days = Number(trimmed);
  if (!Number.isInteger(days) || days < 0 || days > MAX_CADENCE) return undefined;
  return days === 0 ? null : days;
}

/** Name, headline, company, location and the person's own keep-in-touch cadence. */
export function PersonDetails(props: { person: Person; cadence?: Reminder; locale: string; onSave: (patch: DetailsPatch) => Promise<void> }) {
  const t = useT();
  const own = props.cadence && props.cadence.state !== 'cancelled' && !props.cadence.tag ? String(props.cadence.everyDays ?? '') : '';
  const stored = { displayName: props.person.displayName, headline: props.person.headline ?? '', company: props.person.company ?? '', location: props.person.location ?? '', cadence: own };
  // What the user typed survives a save of another form on the page (the person's updatedAt changes), until this
  // form saves it; untouched fields follow the record.
  const draft = useDraft(props.person.id, `${props.person.updatedAt}|${own}`, stored);
  const form = draft.values;
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const field = (key: 'displayName' | 'headline' | 'company' | 'location', label: string) => (
    <label class="stack" for={`details-${key}`}>
      <span>{label}</span>
      <input id={`details-${key}`} type="text" value={form[key]} required={key === 'displayName'} maxLength={500} onInput={(e) => draft.set(key, e.currentTarget.value)} />
    </label>
  );
  const submit = async (event: Event) => {
    event.preventDefault();
    if (status.kind === 'saving') return; // one save at a time (the button stays focusable, so focus stays on it)
    const days = parseCadence(form.cadence);
    if (days === undefined) {
      const number = new Intl.NumberFormat(props.locale);
      return setStatus({ kind: 'error', message: t('journal_cadenceInvalid', [number.format(1), number.format(MAX_CADENCE)]) });
    }
    setStatus({ kind: 'saving' });
    const sent = draft.begin();
    try {
      await props.onSave({ displayName: form.displayName.trim(), headline: form.headline.trim(), company: form.company.trim(), location: form.location.trim(), keepInTouchDays: days });
      draft.saved(sent);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <form class="journal-form" onSubmit={(e) => void submit(e)} aria-labelledby="details-title">
      <h3 id="details-title">{t('journal_editPerson')}</h3>
      {field('displayName', t('journal_name'))}
      {field('headline', t('journal_headline'))}
      {field('company', t('journal_company'))}
      {field('location', t('journal_location'))}
      <label class="stack" for="details-cadence">
        <span>{t('journal_cadence')}</span>
        <input id="details-cadence" type="number" min={0} max={MAX_CADENCE} value={form.cadence} onInput={(e) => draft.set('cadence', e.currentTarget.value)} />
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
