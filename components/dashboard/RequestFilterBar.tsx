import type { RequestFilters } from '../../utils/messaging/requests-protocol';
import type { RequestState } from '../../utils/model/requests';
import { fromIsoDay, isoDay } from '../../utils/text/dates';
import type { MessageKey } from '../../utils/i18n';
import { useT } from '../i18n';

export interface FilterCounts {
  states: Record<RequestState, number>;
  platforms: Record<'xing' | 'linkedin', number>;
  bands?: Record<'genuine' | 'unclear' | 'collector' | 'unscored', number>;
}

const STATES: RequestState[] = ['pending', 'accepted', 'declined', 'ignored', 'withdrawn', 'gone', 'reported', 'blocked'];
const HALF_DAY = 12 * 3_600_000;

/** Direction, site, assessment, state, dates, name and order of the Requests view; each choice shows what it would list. */
export function RequestFilterBar({ filters, counts, locale, onFilters }: { filters: RequestFilters; counts: FilterCounts | null; locale: string; onFilters: (filters: RequestFilters) => void }) {
  const t = useT();
  const number = new Intl.NumberFormat(locale);
  const withCount = (label: string, count: number | undefined) => (count === undefined ? label : t('requests_withCount', [label, number.format(count)]));
  const set = <K extends keyof RequestFilters>(key: K, value: RequestFilters[K]) => onFilters({ ...filters, [key]: value });
  const select = <K extends 'direction' | 'platform' | 'band' | 'state' | 'sort'>(key: K, label: MessageKey, options: [RequestFilters[K], string][]) => (
    <label class="stack">
      <span>{t(label)}</span>
      <select value={filters[key]} onChange={(e) => set(key, e.currentTarget.value as RequestFilters[K])}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const day = (key: 'from' | 'to', label: MessageKey) => (
    <label class="stack">
      <span>{t(label)}</span>
      <input
        type="date"
        value={filters[key] === undefined ? '' : isoDay(filters[key])}
        onChange={(e) => {
          const noon = fromIsoDay(e.currentTarget.value);
          const next = { ...filters };
          if (noon === null) delete next[key];
          else next[key] = key === 'from' ? Math.max(0, noon - HALF_DAY) : noon + HALF_DAY - 1;
          onFilters(next);
        }}
      />
    </label>
  );
  return (
    <div class="request-filters" role="group" aria-label={t('requests_filtersLabel')}>
      <label class="stack grow">
        <span>{t('requests_searchLabel')}</span>
        <input type="search" value={filters.query ?? ''} onInput={(e) => set('query', e.currentTarget.value)} />
      </label>
      {select('direction', 'requests_directionLabel', [
        ['all', t('requests_directionAll')],
        ['received', t('requests_received')],
        ['sent', t('requests_sent')],
      ])}
      {select('platform', 'triage_platformLabel', [
        ['all', t('triage_platformAll')],
        ['xing', withCount(t('siteXing'), counts?.platforms.xing)],
        ['linkedin', withCount(t('siteLinkedin'), counts?.platforms.linkedin)],
      ])}
      {select('band', 'requests_bandLabel', [
        ['all', t('requests_bandAll')],
        ['genuine', withCount(t('bandGenuine'), counts?.bands?.genuine)],
        ['unclear', withCount(t('bandUnclear'), counts?.bands?.unclear)],
        ['collector', withCount(t('bandCollector'), counts?.bands?.collector)],
        ['unscored', withCount(t('requests_bandUnscored'), counts?.bands?.unscored)],
      ])}
      {select('state', 'requests_stateLabel', [['all', t('requests_stateAll')], ...STATES.map((s): [RequestState, string] => [s, withCount(t(`journal_state_${s}`), counts?.states[s])])])}
      {day('from', 'requests_from')}
      {day('to', 'requests_to')}
      {select('sort', 'triage_sortLabel', [
        ['newest', t('triage_sortNewest')],
        ['oldest', t('requests_sortOldest')],
        ['score', t('triage_sortScore')],
      ])}
    </div>
  );
}
