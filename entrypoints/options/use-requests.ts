import { useEffect, useRef, useState } from 'preact/hooks';
import type { Judgement } from '../../components/dashboard/RequestRow';
import { REQUESTS_PAGE_SIZE, type RequestsNotice, type RequestsPageData } from '../../components/dashboard/RequestsView';
import { exportJson } from '../../utils/blocklist/file';
import type { Client } from '../../utils/messaging/client';
import type { RequestFilters, RequestRow } from '../../utils/messaging/requests-protocol';
import type { BlockEntry, VerdictKind } from '../../utils/model/relationships';
import { blockId } from '../../utils/journal/blocklist';
import { unwrap } from '../popup/use-journal';
import { offsetWithin } from './page-offset';

export const DEFAULT_REQUEST_FILTERS: RequestFilters = { direction: 'all', platform: 'all', band: 'all', state: 'all', sort: 'newest' };

type Outcome = { notice: RequestsNotice; reverse?: () => Promise<unknown> };

/**
 * The dashboard's Requests view: filters, the page shown (asked of the background, which filters, counts and
 * scores), and the local actions with one undo: a verdict set or removed, a blocklist entry added or removed.
 * `preset`: filters the address asked for (the popup's "N more requests" opens the pending received ones).
 */
export function useRequests(client: Client, shown: boolean, onError: (message: string) => void, preset?: Partial<RequestFilters>) {
  const [filters, setFilters] = useState<RequestFilters>(() => ({ ...DEFAULT_REQUEST_FILTERS, ...preset }));
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<RequestsPageData | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<RequestsNotice | null>(null);
  const [version, setVersion] = useState(0);
  const undo = useRef<(() => Promise<unknown>) | null>(null);
  const asked = useRef(0);

  // The address changed while the dashboard was open (the popup's link again): its filters, from the first page.
  const presetKey = preset ? JSON.stringify(preset) : '';
  const lastPreset = useRef(presetKey);
  useEffect(() => {
    const was = lastPreset.current;
    lastPreset.current = presetKey;
    if (!preset || presetKey === was) return;
    setFilters({ ...DEFAULT_REQUEST_FILTERS, ...preset });
    setOffset(0);
  }, [presetKey]);

  useEffect(() => {
    if (!shown) return;
    const ask = ++asked.current;
    const timer = setTimeout(() => {
      setBusy(true);
      void client.send('requests/query', { ...filters, offset, limit: REQUESTS_PAGE_SIZE }).then((r) => {
        if (ask !== asked.current) return; // a later question is under way: this answer is stale
        if (!r.ok) {
          setBusy(false);
          return onError(r.error.message);
        }
        // An action shrank the list under a later page: ask for the last page that has requests (this effect asks again).
        const within = offsetWithin(offset, r.data.items.length, r.data.total, REQUESTS_PAGE_SIZE);
        if (within !== null) return setOffset(within);
        setBusy(false);
        setPage(r.data);
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
  /** An entry goes (back) on the list as it was: the same file format a team shares, checked like any import. */
  const putBack = async (entry: BlockEntry) => {
    const result = unwrap(await client.send('blocklist/import', { text: exportJson([entry]) }));
    if (result.errors.length) throw new Error(result.errors.map((e) => e.problem).join(', '));
    return result.added === 1;
  };
  const act = (work: () => Promise<Outcome>) =>
    void work()
      .then(({ notice: next, reverse }) => {
        undo.current = reverse ?? null;
        setNotice(next);
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
      const { id } = row.request;
      const before = row.verdict ?? null;
      act(async () => {
        await setVerdict(id, verdict);
        return { notice: { kind: 'verdict', requestId: id, name: row.person.displayName, verdict }, reverse: () => setVerdict(id, before) };
      });
    },
    onUnblock: (row: RequestRow) => {
      // The entry that blocks the row, which can be the person's other site's: that one goes, and comes back as it was.
      const entry = row.blocked;
      if (!entry) return;
      const said = { requestId: row.request.id, name: entry.name || row.person.displayName, platform: entry.platform };
      act(async () => {
        const { removed } = unwrap(await client.send('blocklist/remove', { platform: entry.platform, key: entry.key }));
        return removed ? { notice: { kind: 'unblocked', ...said }, reverse: () => putBack(entry) } : { notice: { kind: 'notListed', ...said } };
      });
    },
    onBlock: (row: RequestRow, reason: string) => {
      const { platform, key, id } = row.request;
      const entry: BlockEntry = { v: 1, id: blockId(platform, key), platform, key, reason, at: Date.now() };
      const name = row.person.displayName;
      act(async () =>
        (await putBack(entry))
          ? { notice: { kind: 'blocked', requestId: id, name, platform }, reverse: async () => unwrap(await client.send('blocklist/remove', { platform, key })) }
          : { notice: { kind: 'alreadyBlocked', requestId: id, name } },
      );
    },
    onUndo: () => {
      const reverse = undo.current;
      undo.current = null;
      const requestId = notice?.requestId;
      if (!reverse) return;
      act(async () => {
        await reverse();
        return { notice: { kind: 'undone', ...(requestId ? { requestId } : {}) } };
      });
    },
  };
}
