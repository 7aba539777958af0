import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { plural } from '../journal/words';
import { RequestCard } from './RequestCard';
import type { RequestView } from './request-view';
import { arrange, type AgeFilter, type BandFilter, type PlatformFilter, type SortKey, type TriageOptions } from './triage';
import { focusLost, rovingIndex } from '../keyboard-focus';

export type { BandFilter } from './triage';

export const MAX_SHOWN = 50;
/**
 * Where "N more requests: see the dashboard" leads: the dashboard's Requests view showing what the popup counts,
 * the pending received requests of both sites (entrypoints/options/route.ts reads the filters).
 */
export const PENDING_REQUESTS_HASH = '#requests?direction=received&state=pending';
/** Cards in the first render (more than a popup's height): the rest follow once it is painted. */
export const FIRST_SHOWN = 12;

export interface RequestListProps {
  items: readonly RequestView[];
  /** Pending requests in all (the newest are in `items`). */
  total: number;
  options: TriageOptions;
  now: number;
  locale: string;
  onOptions: (options: TriageOptions) => void;
  onVerdict: (id: string, verdict: 'genuine' | 'collector') => void;
  onOpenDashboard: () => void;
  /** A site is withheld (said above the list): the empty list does not promise that opening a site's requests reads them. */
  noAccess?: boolean;
}

/**
 * Pending requests of both sites for "who deserves my attention?": likely genuine and unclear first, the likely
 * collectors folded into one group with its count; filters by band and site, three orders. The list is one Tab
 * stop: arrow keys (and Home/End) move between cards, Tab goes into the current card's controls.
 */
export function RequestList({ items, total, options, now, locale, onOptions, onVerdict, onOpenDashboard, noAccess }: RequestListProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  // Building 50 cards took 50-130 ms before the popup showed anything: the first screenful is rendered first.
  const [shown, setShown] = useState(FIRST_SHOWN);
  // Preact runs effects after the next frame (rAF + timer, a timer alone where there are no frames): the first
  // screenful is painted before the rest is built.
  useEffect(() => {
    if (shown < MAX_SHOWN && items.length > 0) setShown(MAX_SHOWN);
  }, [shown, items.length]);
  const { main, folded } = arrange(items, options, now);
  const visible = [...main.slice(0, shown), ...(open ? folded.slice(0, MAX_SHOWN) : [])];
  // A verdict can take the judged card out of the list ("Collector" folds it away) or move it ("Genuine" puts it
  // first; a moved element loses the focus): a keyboard user's focus would fall to the top of the popup. A moved
  // card gets it back on the same button; else the card now at the same place, else the one before, else the fold.
  const judged = useRef<{ id: string; index: number; button: number } | null>(null);
  const emptyRef = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const left = judged.current;
    if (!left || !focusLost()) return; // not taken away (yet)
    judged.current = null;
    const root = listRef.current;
    const card = (id: string) => root?.querySelector<HTMLElement>(`li[data-request-id="${CSS.escape(id)}"]`);
    if (visible.some((i) => i.id === left.id)) {
      card(left.id)?.querySelectorAll<HTMLElement>('.actions button')[left.button]?.focus();
      return;
    }
    const next = visible[Math.min(left.index, visible.length - 1)];
    if (next) setActiveId(next.id);
    (next ? card(next.id) : root?.querySelector<HTMLElement>('button.fold') ?? emptyRef.current)?.focus();
  }, [items]);
  if (items.length === 0) return <p class="empty" ref={emptyRef} tabIndex={-1}>{t(noAccess ? 'siteAccess_noRequests' : 'popupNoRequests')}</p>;
  const active = visible.find((i) => i.id === activeId)?.id ?? visible[0]?.id;
  const onKey = (event: KeyboardEvent) => {
    const next = rovingIndex(event.key, visible.findIndex((i) => i.id === active), visible.length);
    if (next === undefined || !(event.target as Element).matches('li.request')) return;
    event.preventDefault();
    const target = visible[next];
    if (!target) return;
    setActiveId(target.id);
    listRef.current?.querySelector<HTMLElement>(`li[data-request-id="${CSS.escape(target.id)}"]`)?.focus();
  };
  const filters: [BandFilter, string][] = [
    ['all', t('filterAll')],
    ['collector', t('bandCollector')],
    ['unclear', t('bandUnclear')],
    ['genuine', t('bandGenuine')],
  ];
  const verdict = (id: string, kind: 'genuine' | 'collector') => {
    const card = listRef.current?.querySelector(`li[data-request-id="${CSS.escape(id)}"]`);
    if (card?.contains(document.activeElement)) judged.current = { id, index: visible.findIndex((i) => i.id === id), button: kind === 'genuine' ? 0 : 1 };
    onVerdict(id, kind);
  };
  const card = (item: RequestView) => (
    <RequestCard key={item.id} item={item} active={item.id === active} now={now} locale={locale} onFocus={() => setActiveId(item.id)} onVerdict={verdict} />
  );
  const { beyond, hidden } = listCounts(items.length, total, main.length, folded.length);
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  return (
    <div ref={listRef} onKeyDown={onKey}>
      <div class="filters" role="group" aria-label={t('filterLabel')}>
        {filters.map(([key, label]) => (
          <button type="button" key={key} aria-pressed={options.band === key} onClick={() => onOptions({ ...options, band: key })}>
            {label}
          </button>
        ))}
      </div>
      <div class="filters">
        <label>
          <span class="visually-hidden">{t('triage_platformLabel')}</span>
          <select value={options.platform} aria-label={t('triage_platformLabel')} onChange={(e) => onOptions({ ...options, platform: e.currentTarget.value as PlatformFilter })}>
            <option value="all">{t('triage_platformAll')}</option>
            <option value="xing">{t('siteXing')}</option>
            <option value="linkedin">{t('siteLinkedin')}</option>
          </select>
        </label>
        <label>
          <span class="visually-hidden">{t('triage_ageLabel')}</span>
          <select value={options.age ?? 'all'} aria-label={t('triage_ageLabel')} onChange={(e) => onOptions({ ...options, age: e.currentTarget.value as AgeFilter })}>
            <option value="all">{t('triage_ageAll')}</option>
            <option value="day">{t('triage_ageDay')}</option>
            <option value="week">{t('triage_ageWeek')}</option>
            <option value="month">{t('triage_ageMonth')}</option>
          </select>
        </label>
        <label>
          <span class="visually-hidden">{t('triage_sortLabel')}</span>
          <select value={options.sort} aria-label={t('triage_sortLabel')} onChange={(e) => onOptions({ ...options, sort: e.currentTarget.value as SortKey })}>
            <option value="suggested">{t('triage_sortSuggested')}</option>
            <option value="newest">{t('triage_sortNewest')}</option>
            <option value="score">{t('triage_sortScore')}</option>
          </select>
        </label>
      </div>
      <ul class="request-list" aria-label={t('triage_listLabel')}>
        {main.slice(0, shown).map(card)}
      </ul>
      {folded.length ? (
        <div class="folded">
          <button type="button" class="fold" aria-expanded={open} onClick={() => setOpen(!open)}>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('triage_foldedCollectors', count(folded.length))}
          </button>
          {open ? <ul class="request-list" aria-label={t('triage_foldedCollectors', count(folded.length))}>{folded.slice(0, MAX_SHOWN).map(card)}</ul> : null}
        </div>
      ) : null}
      {hidden > 0 ? (
        <button type="button" class="link" onClick={() => onOptions({ ...options, band: 'all', platform: 'all', age: 'all' })}>
          {plural(t, locale, 'requestsHidden', hidden)}
        </button>
      ) : null}
      {beyond > 0 ? (
        <button type="button" class="link" onClick={onOpenDashboard}>
          {plural(t, locale, 'requestsMore', beyond)}
        </button>
      ) : null}
    </div>
  );
}

/**
 * The two counts under the list, kept apart because they mean different things. `hidden`: loaded requests the
 * user's own band or site filter hides (they are here: clearing the filter shows them). `beyond`: requests the
 * popup does not list at all, neither loaded (`total` counts every pending one) nor within the MAX_SHOWN cards a
 * list shows; those are in the dashboard. Pure.
 */
export function listCounts(loaded: number, total: number, main: number, folded: number): { beyond: number; hidden: number } {
  const cut = Math.max(0, main - MAX_SHOWN) + Math.max(0, folded - MAX_SHOWN);
  return { beyond: Math.max(0, total - loaded) + cut, hidden: Math.max(0, loaded - main - folded) };
}
