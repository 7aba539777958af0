import { useEffect, useRef, useState } from 'preact/hooks';
import type { Judgement } from '../../components/dashboard/RequestRow';
import { REQUESTS_PAGE_SIZE, type RequestsNotice, type RequestsPageData } from '../../components/dashboard/RequestsView';
import { exportJson } from '../../utils/blocklist/file';
import type { Client } from '../../utils/messaging/client';
import type { RequestFilters, RequestRow } from '../../utils/messaging/requests-protocol';
import type { VerdictKind } from '../../utils/model/relationships';
import { blockId } from '../../utils/journal/blocklist';
import { unwrap } from '../popup/use-journal';

export const DEFAULT_REQUEST_FILTERS: RequestFilters = { direction: 'all', platform: 'all', band: 'all', state: 'all', sort: 'newest' };

/**
 * The dashboard's Requests view: filters, the page shown (asked of the background, which filters, counts and
 * scores), and the local actions with one undo: a verdict set or removed, a blocklist entry removed.
 */
export function useRequests(client: Client, shown: boolean, onError: (message: string) => void) {
  const [filters, setFilters] = useState<RequestFilters>(DEFAULT_REQUEST_FILTERS);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<RequestsPageData | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<RequestsNotice | null>(null);
  const [version, setVersion] = useState(0);
  const undo = useRef<(() => Promise<unknown>) | null>(null);
  const asked = useRef(0);

  useEffect(() => {
    if (!shown) return;
    const ask = ++asked.current;
    const timer = setTimeout(() => {
      setBusy(true);
      void client.send('requests/query', { ...filters, offset, limit: REQUESTS_PAGE_SIZE }).then((r) => {
        if (ask !== asked.current) return; // a later question is under way: this answer is stale
        setBusy(false);
        if (r.ok) setPage(r.data);
        else onError(r.error.message);
      });
    }, filters.query ? 150 : 0);
    return () => clearTimeout(timer);
  }, [shown, filters, offset, version]);

  const reload = () => setVersion((v) => v + 1);
  /** Sets or removes the verdict, and shows it on the row at once (the page is asked for again after). */
  const setVerdict = async (requestId: string, verdict: VerdictKind | null) => {
    if (verdict) unwrap(await client.send('verdict/set', { requestId, verdict }));
    else unwrap(await client.send('verdict/clear', { requestId }));
    const judged = (row: RequestRow): RequestRow => {
      const { verdict: _old, ...rest } = row;
      return verdict ? { ...rest, verdict } : rest;
    };
    setPage((p) => p && { ...p, items: p.items.map((row) => (row.request.id === requestId ? judged(row) : row)) });
  };
  const act = (action: () => Promise<unknown>, then: RequestsNotice, reverse: () => Promise<unknown>) =>
    void action()
      .then(() => {
        undo.current = reverse;
        setNotice(then);
        reload();
      })
      .catch((error: unknown) => onError(String(error)));

  return {
    page,
    filters,
    offset,
    busy,
    notice,
    onFilters: (next: RequestFilters) => {
      setFilters(next);
      setOffset(0);
    },
    onOffset: setOffset,
    onVerdict: (row: RequestRow, verdict: Judgement | null) => {
      const before = row.verdict ?? null;
      act(() => setVerdict(row.request.id, verdict), { kind: 'verdict', name: row.person.displayName, verdict }, () => setVerdict(row.request.id, before));
    },
    onUnblock: (row: RequestRow) => {
      const { platform, key } = row.request;
      const entry = row.blocked ? { v: 1 as const, id: blockId(platform, key), platform, key, reason: row.blocked.reason, at: row.blocked.at } : null;
      if (!entry) return;
      // The entry goes back as it was: the same file format a team shares (checked like any import).
      act(
        async () => unwrap(await client.send('blocklist/remove', { platform, key })),
        { kind: 'unblocked', name: row.person.displayName },
        async () => unwrap(await client.send('blocklist/import', { text: exportJson([entry]) })),
      );
    },
    onUndo: () => {
      const reverse = undo.current;
      undo.current = null;
      if (reverse) act(reverse, { kind: 'undone' }, async () => undefined);
    },
  };
}
