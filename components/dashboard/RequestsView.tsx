import type { RequestFilters, RequestRow as Row } from '../../utils/messaging/requests-protocol';
import { useT } from '../i18n';
import { plural } from '../journal/words';
import { RequestFilterBar, type FilterCounts } from './RequestFilterBar';
import { UndoNotice } from './UndoNotice';
import { RequestRow, type Judgement } from './RequestRow';

export const REQUESTS_PAGE_SIZE = 100;

export interface RequestsPageData extends FilterCounts {
  items: readonly Row[];
  total: number;
  /** Requests in the journal at all. */
  all: number;
}

/** What the last local action did, with its undo. */
export type RequestsNotice =
  | { kind: 'verdict'; name: string; verdict: Judgement | null }
  | { kind: 'unblocked'; name: string }
  | { kind: 'undone' };

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
  onUndo: () => void;
}

/**
 * Every request of both sites, received and sent, in every state, one page of a hundred at a time (30,000 stay
 * smooth: the background filters and counts, only one page is in the DOM). Verdicts and blocklist removals are
 * Handschlag's own records and can be undone; what the platform did is said to stay.
 */
export function RequestsView(props: RequestsViewProps) {
  const t = useT();
  const { page, offset } = props;
  const last = page ? Math.min(offset + page.items.length, page.total) : 0;
  const notice = props.notice;
  const noticeText = !notice
    ? ''
    : notice.kind === 'undone'
      ? t('requests_noticeUndone')
      : notice.kind === 'unblocked'
        ? t('requests_noticeUnblocked', notice.name)
        : notice.verdict
          ? t('requests_noticeVerdict', [notice.name, t(notice.verdict === 'genuine' ? 'journal_verdictWord_genuine' : 'journal_verdictWord_collector')])
          : t('requests_noticeCleared', notice.name);
  return (
    <section aria-labelledby="requests-heading" aria-busy={props.busy}>
      <h2 id="requests-heading" tabIndex={-1}>
        {t('dashboardRequests')}
      </h2>
      <p class="muted">{t('requests_hint')}</p>
      <RequestFilterBar filters={props.filters} counts={page} locale={props.locale} onFilters={props.onFilters} />
      <UndoNotice text={notice ? noticeText : undefined} onUndo={notice && notice.kind !== 'undone' ? props.onUndo : undefined} />
      <p class="small muted">{t('requests_notUndone')}</p>
      {!page ? (
        <p class="muted">{t('loading')}</p>
      ) : page.all === 0 ? (
        <p class="empty">{t('requests_empty')}</p>
      ) : page.total === 0 ? (
        <p class="empty">{t('requests_noMatch')}</p>
      ) : (
        <>
          <div class="pager">
            <span class="muted" aria-live="polite">
              {props.busy ? t('requests_busy') : plural(t, props.locale, 'requests_count', page.total)}
            </span>
            {page.total > REQUESTS_PAGE_SIZE ? (
              <>
                <button type="button" disabled={offset === 0} onClick={() => props.onOffset(Math.max(0, offset - REQUESTS_PAGE_SIZE))}>
                  {t('journal_previous')}
                </button>
                <span>{t('journal_pageOf', [offset + 1, last, page.total].map((n) => new Intl.NumberFormat(props.locale).format(n)))}</span>
                <button type="button" disabled={last >= page.total} onClick={() => props.onOffset(offset + REQUESTS_PAGE_SIZE)}>
                  {t('journal_next')}
                </button>
              </>
            ) : null}
          </div>
          <table class="data requests">
            <caption class="visually-hidden">{t('requests_tableLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('requests_colPerson')}</th>
                <th scope="col">{t('requests_colRequest')}</th>
                <th scope="col">{t('requests_colScore')}</th>
                <th scope="col">{t('requests_colVerdict')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((row) => (
                <RequestRow key={row.request.id} row={row} locale={props.locale} onVerdict={props.onVerdict} onUnblock={props.onUnblock} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
