import { useRef } from 'preact/hooks';
import type { Band } from '../popup/request-view';
import { formatDate } from '../format';
import { useT } from '../i18n';
import { BAND_ICON, pillText, STATE_KEY } from './badge-pill';
import type { RequestState } from '../../utils/model/requests';

export type BadgeAction = 'accept' | 'decline' | 'genuine' | 'collector' | 'block';

/** One request card's badge as the in-page UI shows it (texts already in the UI language). */
export interface BadgeView {
  name: string;
  platform: 'xing' | 'linkedin';
  direction: 'received' | 'sent';
  score?: { value: number; band: Band; reasons: { id: string; weight: number; text: string }[] };
  verdict?: 'genuine' | 'collector' | 'spam';
  blocked?: { reason: string; at: number };
  /** The request is no longer open (accepted, declined, reported …): no platform actions then. */
  closed: boolean;
  /** The request's state as the journal has it (a sent request's pill says it: sent requests are not scored). */
  state?: RequestState;
  /** What else the journal knows: the last meeting, the user's last decision on an earlier request. */
  known?: {
    met?: { at: number; eventName?: string; place?: string };
    earlier?: { state: 'accepted' | 'declined' | 'ignored' | 'reported' | 'blocked'; at: number };
  };
}

export interface BadgeProps {
  view: BadgeView;
  expanded: boolean;
  busy: boolean;
  status?: { kind: 'done' | 'stopped'; text: string };
  locale: string;
  onToggle: () => void;
  onAction: (action: BadgeAction) => void;
}

/** The pill (band word, icon, score; collapsed badges are drawn without Preact by badge-pill.ts) and, when expanded, reasons, what the journal knows and the actions. */
export function RequestBadge({ view, expanded, busy, status, locale, onToggle, onAction }: BadgeProps) {
  const t = useT();
  const pill = useRef<HTMLButtonElement>(null);
  const sent = view.direction === 'sent';
  // A sent request is not scored (the scorer reads received ones): no band, no reasons, no verdict buttons that teach nothing.
  const band = sent ? undefined : view.score?.band;
  const met = view.known?.met;
  const where = met ? met.eventName ?? met.place : undefined;
  const earlier = view.known?.earlier;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !expanded) return;
    event.stopPropagation();
    onToggle();
    pill.current?.focus();
  };
  return (
    <div onKeyDown={onKey}>
      <div class="pills">
        <button ref={pill} type="button" class={`pill ${band ?? 'unscored'}`} aria-expanded={expanded} onClick={onToggle}>
          <span class="vh">Handschlag: </span>
          <span aria-hidden="true">{band ? BAND_ICON[band] : '·'}</span>
          {pillText(t, sent ? undefined : view.score, sent ? { state: view.state ?? 'pending' } : undefined)}
          <span class="chev" aria-hidden="true">{expanded ? '▴' : '▾'}</span>
        </button>
        {view.blocked ? (
          <span class="tag">
            <span aria-hidden="true">⛔</span> {t('triage_onBlocklistShort')}
          </span>
        ) : null}
      </div>
      {expanded ? (
        <div class="panel" role="group" aria-label={t('triage_panelLabel', view.name)}>
          {sent ? null : <h4>{t('triage_reasonsTitle')}</h4>}
          {sent ? null : view.score?.reasons.length ? (
            <ul>
              {view.score.reasons.map((r) => (
                <li key={r.id}>
                  <span aria-hidden="true">{r.weight > 0 ? '▲ ' : '▼ '}</span>
                  <span class="vh">{r.weight > 0 ? t('triage_reasonUp') : t('triage_reasonDown')}</span>
                  {r.text}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t('triage_noReasons')}</p>
          )}
          <h4>{t('triage_journalTitle')}</h4>
          <ul>
            {met ? <li>{where ? t('journal_metAt', [where, formatDate(met.at, locale)]) : t('journal_metOn', formatDate(met.at, locale))}</li> : null}
            {earlier ? <li>{t('triage_knownEarlier', [formatDate(earlier.at, locale), t(STATE_KEY[earlier.state])])}</li> : null}
            {view.verdict ? <li>{t(view.verdict === 'genuine' ? 'triage_knownGenuine' : view.verdict === 'collector' ? 'triage_knownCollector' : 'triage_knownSpam')}</li> : null}
            {view.blocked ? <li>{t('triage_knownBlocked', [formatDate(view.blocked.at, locale), view.blocked.reason])}</li> : null}
            {!view.verdict && !view.blocked && !met && !earlier ? <li class="muted">{t('triage_knownNothing')}</li> : null}
          </ul>
          <div class="actions">
            {view.direction === 'received' && !view.closed ? (
              <>
                <button type="button" aria-disabled={busy} onClick={() => !busy && onAction('accept')}>{t('triage_accept')}</button>
                <button type="button" aria-disabled={busy} onClick={() => !busy && onAction('decline')}>{t(view.platform === 'linkedin' ? 'triage_ignore' : 'triage_decline')}</button>
              </>
            ) : null}
            {sent ? null : (
              <>
                <button type="button" aria-disabled={busy} aria-pressed={view.verdict === 'genuine'} onClick={() => !busy && onAction('genuine')}>{t('verdictGenuine')}</button>
                <button type="button" aria-disabled={busy} aria-pressed={view.verdict === 'collector'} onClick={() => !busy && onAction('collector')}>{t('verdictCollector')}</button>
              </>
            )}
            {view.direction === 'received' && !view.closed ? (
              <button type="button" class="danger" aria-disabled={busy} onClick={() => !busy && onAction('block')}>{t('triage_block')}</button>
            ) : null}
          </div>
          {busy ? <p class="status" role="status">{t('triage_working')}</p> : null}
          {status && !busy ? <p class={`status ${status.kind}`} role="status">{status.text}</p> : null}
          <p class="muted">{t('triage_notUndone')}</p>
        </div>
      ) : null}
    </div>
  );
}
