import { siteName } from '../format';
import { useT } from '../i18n';
import { SafeLink } from '../SafeLink';
import { ScoreBadge } from '../ScoreBadge';
import type { RequestView } from './request-view';
import { ScoreReasons } from './ScoreReasons';
import { relativeTime } from './triage';

export interface RequestCardProps {
  item: RequestView;
  /** The list's one Tab stop: only the active card and its controls are in the Tab order. */
  active: boolean;
  now: number;
  locale: string;
  onFocus: () => void;
  onVerdict: (id: string, verdict: 'genuine' | 'collector') => void;
}

/** One pending request: who, from which site and when, the band and reasons, and the verdict buttons. */
export function RequestCard({ item, active, now, locale, onFocus, onVerdict }: RequestCardProps) {
  const t = useT();
  const tab = active ? 0 : -1;
  return (
    <li class="request" data-request-id={item.id} tabIndex={tab} aria-label={item.name} onFocus={onFocus}>
      <div class="request-head">
        <SafeLink href={item.profileUrl} tabIndex={tab}>
          <strong>{item.name}</strong>
        </SafeLink>
        {item.score ? <ScoreBadge band={item.score.band} value={item.score.value} /> : null}
        {item.blocked ? (
          <span class="pill error">
            <span aria-hidden="true">⛔</span> {t('triage_onBlocklistShort')}
          </span>
        ) : null}
      </div>
      <p class="muted small">{t('triage_arrived', [siteName(t, item.platform), relativeTime(item.seenAt, now, locale)])}</p>
      {item.headline ? <p class="muted small">{item.headline}</p> : null}
      <p class={item.note ? 'note' : 'note muted'}>{item.note || t('requestNoNote')}</p>
      {item.score ? <ScoreReasons reasons={item.score.reasons} /> : null}
      <div class="actions">
        <button type="button" tabIndex={tab} aria-pressed={item.verdict === 'genuine'} onClick={() => onVerdict(item.id, 'genuine')}>
          {t('verdictGenuine')}
        </button>
        <button type="button" tabIndex={tab} aria-pressed={item.verdict === 'collector'} onClick={() => onVerdict(item.id, 'collector')}>
          {t('verdictCollector')}
        </button>
      </div>
    </li>
  );
}
