import type { RequestFilters } from '../../utils/messaging/requests-protocol';
import type { RequestState } from '../../utils/model/requests';
import { isoDay } from '../../utils/text/dates';
import type { MessageKey } from '../../utils/i18n';
import { useT } from '../i18n';

export interface FilterCounts {
  states: Record<RequestState, number>;
  platforms: Record<'xing' | 'linkedin', number>;
  bands?: Record<'genuine' | 'unclear' | 'collector' | 'unscored', number>;
}

const STATES: RequestState[] = ['pending', 'accepted', 'declined', 'ignored', 'withdrawn', 'gone', 'reported', 'blocked'];

/**
 * A date field's day as the filter's bound in local time: `from` is its first millisecond, `to` its last. Built from
 * the calendar day, not from noon ± 12 hours: a day of 23 or 25 hours (the clock change) keeps its whole length.
 * Null for an empty or unreadable field. Pure (the process's time zone is the user's).
 */
export function dayBound(value: string, edge: 'from' | 'to'): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, month, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const ms = edge === 'from' ? new Date(y, month, d).getTime() : new Date(y, month, d + 1).getTime() - 1;
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

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
          const bound = dayBound(e.currentTarget.value, key);
          const next = { ...filters };
          if (bound === null) delete next[key];
          else next[key] = bound;
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
