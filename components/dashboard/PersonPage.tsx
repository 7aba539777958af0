import type { Person } from '../../utils/model/people';
import type { PersonRecords } from '../../utils/model/person-views';
import { personLine } from '../../utils/text/person-line';
import { siteName } from '../format';
import { useT } from '../i18n';
import { MeetingForm, type MeetingDraft } from '../journal/MeetingForm';
import { NotesEditor } from '../journal/NotesEditor';
import { Recognition } from '../journal/Recognition';
import { SafeLink } from '../SafeLink';
import { MergeDelete } from './MergeDelete';
import { PersonDetails, type DetailsPatch } from './PersonDetails';
import { Timeline } from './Timeline';
import { buildTimeline } from './timeline';

export interface PersonPageActions {
  onLogMeeting: (draft: MeetingDraft) => Promise<{ followUpAt?: number }>;
  onSaveNotes: (patch: { notes: string; tags: string[] }) => Promise<void>;
  onSaveDetails: (patch: DetailsPatch) => Promise<void>;
  onSearch: (query: string) => Promise<Person[]>;
  onMerge: (other: Person) => Promise<void>;
  onDelete: () => Promise<void>;
}

/** One person: what you know, the whole timeline, and every edit (meeting, notes, details, merge, delete). */
export function PersonPage(props: { records: PersonRecords; locale: string; eventNames: readonly string[]; now: number; actions: PersonPageActions }) {
  const t = useT();
  const { records, actions } = props;
  const { person } = records;
  return (
    <section aria-labelledby="person-heading">
      <p>
        <a href="#people">{t('journal_backToPeople')}</a>
      </p>
      <h2 id="person-heading" tabIndex={-1}>
        {person.displayName}
      </h2>
      <p class="muted">{personLine(person)}</p>
      {records.identities.length ? (
        <p>
          {records.identities.map((i) => (
            <span key={i.id}>
              <SafeLink href={i.url}>{t('personOpenProfile', siteName(t, i.platform))}</SafeLink>{' '}
            </span>
          ))}
        </p>
      ) : null}
      <Recognition summary={records.summary} locale={props.locale} now={props.now} />
      <div class="person-page">
        <div>
          <MeetingForm eventNames={props.eventNames} now={props.now} locale={props.locale} idPrefix="page-meeting" onSave={actions.onLogMeeting} />
          <NotesEditor person={person} idPrefix="page-notes" onSave={actions.onSaveNotes} />
          <PersonDetails person={person} cadence={records.reminders.find((r) => r.kind === 'keep-in-touch')} locale={props.locale} onSave={actions.onSaveDetails} />
          <MergeDelete person={person} locale={props.locale} onSearch={actions.onSearch} onMerge={actions.onMerge} onDelete={actions.onDelete} />
        </div>
        <div>
          <h3>{t('journal_timeline')}</h3>
          <Timeline entries={buildTimeline(records)} locale={props.locale} />
        </div>
      </div>
    </section>
  );
}
