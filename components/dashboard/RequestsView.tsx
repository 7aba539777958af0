import { useRef, useState } from 'preact/hooks';
import type { RequestFilters, RequestRow as Row } from '../../utils/messaging/requests-protocol';
import { useT } from '../i18n';
import { plural } from '../journal/words';
import { RequestFilterBar, type FilterCounts } from './RequestFilterBar';
import { UndoNotice } from './UndoNotice';
import { RequestRow, type Judgement, type RowAction } from './RequestRow';
import { requestsNoticeText, undoable, type RequestsNotice } from './requests-notice';
import { useRowFocus, type FocusTarget } from './use-row-focus';
import { rovingIndex } from '../keyboard-focus';

export type { RequestsNotice } from './requests-notice';

export const REQUESTS_PAGE_SIZE = 100;

export interface RequestsPageData extends FilterCounts {
  items: readonly Row[];
  total: number;
  /** Requests in the journal at all. */
  all: number;
}

export interface RequestsViewProps {
  page: RequestsPageData | null;
  filters: RequestFilters;
  offset: number;
  /** A query is under way (with a band filter over a large journal, scoring takes a moment). */
  busy: boolean;
  locale: string;
  notice: RequestsNotice | null;
  onFilters: (filters: RequestFilters) => void;
  onOffset: (offset: number) => void;
  onVerdict: (row: Row, verdict: Judgement | null) => void;
  onUnblock: (row: Row) => void;
  /** Puts the sender on the blocklist with this reason (Handschlag's own record: the site is not told). */
  onBlock: (row: Row, reason: string) => void;
  onUndo: () => void;
}

// After an action, the button that does the opposite (or the same again) takes the focus once it is shown.
const AFTER: Record<RowAction, RowAction> = { genuine: 'genuine', collector: 'collector', clear: 'genuine', block: 'unblock', unblock: 'block' };

/**
 * Every request of both sites, received and sent, in every state, one page of a hundred at a time (30,000 stay
 * smooth: the background filters and counts, only one page is in the DOM). Verdicts and the blocklist are
 * Handschlag's own records and can be undone; what the platform did is said to stay. The table is one Tab stop:
 * arrow keys (and Home/End) move between rows, Enter opens the person, Tab goes into the row's controls.
 */
export function RequestsView(props: RequestsViewProps) {
  const t = useT();
  const { page, offset, notice } = props;
  const body = useRef<HTMLTableSectionElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const focusOn = useRowFocus(body, heading, { notice, page, undone: notice?.kind === 'undone' }, setActiveId);
  const acted = useRef<FocusTarget | null>(null);
  const ids = page?.items.map((row) => row.request.id) ?? [];
  const active = activeId !== null && ids.includes(activeId) ? activeId : ids[0];
  const number = (n: number) => new Intl.NumberFormat(props.locale).format(n);

  const onAction = (row: Row, action: RowAction) => {
    const index = ids.indexOf(row.request.id);
    acted.current = { id: row.request.id, action, index };
    focusOn({ id: row.request.id, action: AFTER[action], index });
    if (action === 'unblock') props.onUnblock(row);
    else if (action === 'block') props.onBlock(row, t('requests_blockReason'));
    else if (action === 'clear') props.onVerdict(row, null);
    else props.onVerdict(row, row.verdict === action ? null : action);
  };
  const onUndo = () => {
    focusOn(acted.current); // Undo brings the acted-on button back: it gets the focus the Undo button had
    props.onUndo();
  };
  const onKey = (event: KeyboardEvent) => {
    const row = event.target as HTMLElement;
    if (!row.matches('tr[data-request-id]')) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      row.querySelector<HTMLElement>('a[href^="#person/"]')?.click();
      return;
    }
    const next = rovingIndex(event.key, ids.indexOf(active ?? ''), ids.length);
    if (next === undefined) return;
    event.preventDefault();
    const id = ids[next];
    if (id === undefined) return;
    setActiveId(id);
    body.current?.querySelector<HTMLElement>(`tr[data-request-id="${CSS.escape(id)}"]`)?.focus();
  };

  const pager = (top: boolean) => {
    if (!page) return null;
    // An answer can start past the end for a moment (an action shrank the list; the hook asks for the last page).
    const lastPage = Math.max(0, Math.floor((page.total - 1) / REQUESTS_PAGE_SIZE) * REQUESTS_PAGE_SIZE);
    const paged = page.total > REQUESTS_PAGE_SIZE || offset > 0;
    if (!top && !paged) return null;
    const last = Math.min(offset + page.items.length, page.total);
    return (
      <div class="pager">
        {top ? (
          <span class="muted" aria-live="polite">
            {props.busy ? t('requests_busy') : plural(t, props.locale, 'requests_count', page.total)}
          </span>
        ) : null}
        {paged ? (
          <>
            <button type="button" disabled={offset === 0} onClick={() => props.onOffset(Math.min(lastPage, Math.max(0, offset - REQUESTS_PAGE_SIZE)))}>
              {t('journal_previous')}
            </button>
            {page.items.length ? <span>{t('journal_pageOf', [offset + 1, last, page.total].map(number))}</span> : null}
            <button type="button" disabled={last >= page.total || offset >= lastPage} onClick={() => props.onOffset(offset + REQUESTS_PAGE_SIZE)}>
              {t('journal_next')}
            </button>
          </>
        ) : null}
      </div>
    );
  };

  return (
    <section aria-labelledby="requests-heading" aria-busy={props.busy}>
      <h2 id="requests-heading" tabIndex={-1} ref={heading}>
        {t('dashboardRequests')}
      </h2>
      <p class="muted">{t('requests_hint')}</p>
      <RequestFilterBar filters={props.filters} counts={page} locale={props.locale} onFilters={props.onFilters} />
      <UndoNotice text={notice ? requestsNoticeText(t, notice) : undefined} onUndo={undoable(notice) ? onUndo : undefined} />
      <p class="small muted">{t('requests_notUndone')}</p>
      {!page ? (
        <p class="muted">{t('loading')}</p>
      ) : page.all === 0 ? (
        <p class="empty">{t('requests_empty')}</p>
      ) : page.total === 0 ? (
        <p class="empty">{t('requests_noMatch')}</p>
      ) : (
        <>
          {pager(true)}
          {page.items.length ? (
            <table class="data requests" onKeyDown={onKey}>
              <caption class="visually-hidden">{t('requests_tableKeys')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('requests_colPerson')}</th>
                  <th scope="col">{t('requests_colRequest')}</th>
                  <th scope="col">{t('requests_colScore')}</th>
                  <th scope="col">{t('requests_colVerdict')}</th>
                </tr>
              </thead>
              <tbody ref={body}>
                {page.items.map((row) => (
                  <RequestRow key={row.request.id} row={row} locale={props.locale} active={row.request.id === active} onFocus={() => setActiveId(row.request.id)} onAction={onAction} />
                ))}
              </tbody>
            </table>
          ) : null}
          {pager(false)}
        </>
      )}
    </section>
  );
}
