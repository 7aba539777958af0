import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Identity, Person, Snapshot } from '../../utils/model/people';
import type { PersonSummary } from '../../utils/model/person-views';
import { useT } from '../i18n';
import { MeetingForm, type MeetingDraft } from '../journal/MeetingForm';
import { NotesEditor } from '../journal/NotesEditor';
import { Recognition } from '../journal/Recognition';
import { PersonCard } from '../PersonCard';
import { OpenRequests, type OpenRequest } from './OpenRequests';
import { ProfileSignals, type ProfileScore } from './ProfileSignals';

/** What the journal side of the popup needs from its shell. */
export interface JournalActions {
  eventNames: readonly string[];
  now: number;
  onLogMeeting: (personId: string, draft: MeetingDraft) => Promise<{ followUpAt?: number }>;
  onSaveNotes: (personId: string, patch: { notes: string; tags: string[] }) => Promise<void>;
  onOpenPerson: (personId: string) => void;
}

/** The person on the open tab: who they are, how you know them, and what to do next. */
export function PersonPanel(props: {
  person: Person;
  identities: readonly Identity[];
  latest?: Snapshot;
  summary?: PersonSummary;
  /** Their pending requests with scores and reasons (issue 17 §3). */
  openRequests?: readonly OpenRequest[];
  /** Without an open request: what the profile and the history alone say (issue 17 §3). */
  profileScore?: ProfileScore;
  locale: string;
  journal: JournalActions;
}) {
  const t = useT();
  const [open, setOpen] = useState<'none' | 'meeting' | 'notes'>('none');
  const { person, journal } = props;
  const toggle = (which: 'meeting' | 'notes') => setOpen((current) => (current === which ? 'none' : which));
  // Keyboard users land in the form they opened (it sits below the other actions), and back on its button when
  // they cancel it. A layout effect moves the focus in the same task as the render, so what a fast typist types
  // right after Enter lands in the form (an effect runs after the paint, and CI once typed into the button).
  const formArea = useRef<HTMLDivElement>(null);
  const meetingButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (open !== 'none') formArea.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [open]);
  const cancelMeeting = () => {
    setOpen('none');
    meetingButton.current?.focus();
  };
  return (
    <div>
      <PersonCard person={person} identities={props.identities} latest={props.latest} locale={props.locale} />
      {props.summary ? <Recognition summary={props.summary} locale={props.locale} now={journal.now} /> : null}
      {props.openRequests ? <OpenRequests requests={props.openRequests} now={journal.now} locale={props.locale} /> : null}
      {props.profileScore ? <ProfileSignals score={props.profileScore} /> : null}
      {person.tags.length ? <p class="tags">{person.tags.map((tag) => <span class="pill" key={tag}>{tag}</span>)}</p> : null}
      <div class="actions">
        <button type="button" class="primary" ref={meetingButton} aria-expanded={open === 'meeting'} onClick={() => toggle('meeting')}>
          {t('journal_logMeeting')}
        </button>
        <button type="button" aria-expanded={open === 'notes'} onClick={() => toggle('notes')}>
          {t('journal_editNotes')}
        </button>
        <button type="button" class="link" onClick={() => journal.onOpenPerson(person.id)}>
          {t('journal_openPersonPage')}
        </button>
      </div>
      <div ref={formArea}>
        {open === 'meeting' ? (
          <MeetingForm
            eventNames={journal.eventNames}
            now={journal.now}
            locale={props.locale}
            idPrefix="popup-meeting"
            onSave={(draft) => journal.onLogMeeting(person.id, draft)}
            onCancel={cancelMeeting}
          />
        ) : null}
        {open === 'notes' ? <NotesEditor person={person} idPrefix="popup-notes" onSave={(patch) => journal.onSaveNotes(person.id, patch)} /> : null}
      </div>
    </div>
  );
}
