import { useT } from '../i18n';
import { closeOnEscape } from './escape';
import type { CardView } from './profile-card-view';

export interface ProfileCardProps {
  view: CardView;
  busy: boolean;
  /** What became of the last button (opening the journal), in words. */
  status?: { kind: 'done' | 'stopped'; text: string };
  onOpen: (to: 'meeting' | 'person') => void;
  onDismiss: () => void;
}

const TONE_WORD = { warn: '⚠ ', danger: '⛔ ' } as const;

/**
 * The recognition card on a known person's profile: a labelled region with what the journal knows, Log meeting
 * and Open in the journal (both open the dashboard), and Hide (Escape too). Every text is rendered as text.
 */
export function ProfileCard({ view, busy, status, onOpen, onDismiss }: ProfileCardProps) {
  const t = useT();
  const onKey = closeOnEscape(onDismiss);
  return (
    <section class="card" role="region" aria-label={view.label} onKeyDown={onKey}>
      <div class="card-head">
        <div>
          <p class="brand">Handschlag</p>
          <h2 class="card-title">{view.title}</h2>
        </div>
        <button type="button" class="close" aria-label={t('card_dismiss')} title={t('card_dismiss')} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <ul class="card-lines">
        {view.lines.map((line) => (
          <li key={line.id} class={`line ${line.tone}`}>
            {line.tone === 'warn' || line.tone === 'danger' ? <span aria-hidden="true">{TONE_WORD[line.tone]}</span> : null}
            {line.text}
          </li>
        ))}
      </ul>
      {view.notes.map((text, i) => (
        <p key={i} class="card-notes">
          {text}
        </p>
      ))}
      {view.tags ? <p class="muted card-tags">{view.tags}</p> : null}
      {view.canOpen ? (
        <div class="actions">
          {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus while the journal opens. */}
          <button type="button" class="primary" aria-disabled={busy} onClick={() => !busy && onOpen('meeting')}>{t('journal_logMeeting')}</button>
          <button type="button" aria-disabled={busy} onClick={() => !busy && onOpen('person')}>{t('journal_openPersonPage')}</button>
        </div>
      ) : null}
      <p class={`status ${status?.kind ?? ''}`} role="status">
        {status && !busy ? status.text : ''}
      </p>
    </section>
  );
}
