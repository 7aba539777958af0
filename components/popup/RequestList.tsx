import { useT } from '../i18n';
import { SafeLink } from '../SafeLink';
import { ScoreBadge } from '../ScoreBadge';
import type { Band, RequestView } from './request-view';

export type BandFilter = 'all' | Band;

export const MAX_SHOWN = 50;

export interface RequestListProps {
  items: readonly RequestView[];
  /** Pending requests in all (the newest are in `items`). */
  total: number;
  filter: BandFilter;
  onFilter: (filter: BandFilter) => void;
  onVerdict: (id: string, verdict: 'genuine' | 'collector') => void;
}

/** Pending requests of both sites, highest score first, each with its reasons and the verdict buttons. */
export function RequestList({ items, total, filter, onFilter, onVerdict }: RequestListProps) {
  const t = useT();
  if (items.length === 0) return <p class="empty">{t('popupNoRequests')}</p>;
  const matching = items.filter((item) => filter === 'all' || item.score?.band === filter);
  // A popup is for triage: the highest-scored first; the rest wait in the dashboard.
  const shown = matching.slice(0, MAX_SHOWN);
  const filters: [BandFilter, string][] = [
    ['all', t('filterAll')],
    ['collector', t('bandCollector')],
    ['unclear', t('bandUnclear')],
    ['genuine', t('bandGenuine')],
  ];
  return (
    <div>
      <div class="filters" role="group" aria-label={t('filterLabel')}>
        {filters.map(([key, label]) => (
          <button type="button" key={key} aria-pressed={filter === key} onClick={() => onFilter(key)}>
            {label}
          </button>
        ))}
      </div>
      <ul class="request-list">
        {shown.map((item) => (
          <li key={item.id} class="request" data-request-id={item.id}>
            <div class="request-head">
              <SafeLink href={item.profileUrl}>
                <strong>{item.name}</strong>
              </SafeLink>
              {item.score ? <ScoreBadge band={item.score.band} value={item.score.value} /> : null}
            </div>
            {item.headline ? <p class="muted small">{item.headline}</p> : null}
            <p class={item.note ? 'note' : 'note muted'}>{item.note || t('requestNoNote')}</p>
            {item.score?.reasons.length ? (
              <ul class="reasons">
                {item.score.reasons.slice(0, 4).map((reason) => (
                  <li key={reason.id} class={reason.weight > 0 ? 'up' : 'down'}>
                    <span aria-hidden="true">{reason.weight > 0 ? '▲' : '▼'}</span> {reason.text}
                  </li>
                ))}
              </ul>
            ) : null}
            <div class="actions">
              <button type="button" aria-pressed={item.verdict === 'genuine'} onClick={() => onVerdict(item.id, 'genuine')}>
                {t('verdictGenuine')}
              </button>
              <button type="button" aria-pressed={item.verdict === 'collector'} onClick={() => onVerdict(item.id, 'collector')}>
                {t('verdictCollector')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {total > shown.length && filter === 'all' ? <p class="muted">{t('requestsMore', String(total - shown.length))}</p> : null}
      {matching.length > shown.length && filter !== 'all' ? <p class="muted">{t('requestsMore', String(matching.length - shown.length))}</p> : null}
    </div>
  );
}
