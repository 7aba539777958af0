import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { entryName, type BlocklistNotice, type ImportOutcome } from '../../components/dashboard/BlocklistPanel';
import { exportCsv, exportJson } from '../../utils/blocklist/export';
import type { Client } from '../../utils/messaging/client';
import type { BlockEntry } from '../../utils/model/relationships';
import { profileUrl } from '../../utils/platforms/profile-url';

/**
 * The dashboard's blocklist: loaded when shown, removal with one undo (the entry goes back as it was, through
 * the same file format a team shares, as the Requests view does it), export as a download, import of a file.
 */
export function useBlocklist(client: Client, shown: boolean, onError: (message: string) => void) {
  const [items, setItems] = useState<BlockEntry[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [notice, setNotice] = useState<BlocklistNotice | null>(null);
  const removed = useRef<BlockEntry | null>(null);
  /** The journal's blocklist, shown; `then` gets it too (an export writes what the journal holds at the click). */
  const load = (then?: (items: BlockEntry[], names: ReadonlyMap<string, string>) => void) =>
    void client.send('blocklist/list', {}).then((r) => {
      if (!r.ok) return onError(r.error.message);
      const byId = new Map(r.data.names.map((n) => [n.id, n.name]));
      setItems(r.data.items);
      setNames(byId);
      setLoaded(true);
      then?.(r.data.items, byId);
    });
  useEffect(() => {
    if (shown) load();
  }, [shown]);
  const urls = useMemo(() => new Map(items.map((e) => [e.id, profileUrl(e.platform, e.key)])), [items]);
  /** Imports a file's text; `then` runs when the background took it (its rows may still be refused). */
  const importText = (text: string, then: (result: ImportOutcome) => void) =>
    void client.send('blocklist/import', { text }).then((r) => {
      if (!r.ok) return onError(r.error.message);
      then(r.data);
      load();
    });
  return {
    items,
    loaded,
    names,
    urls,
    outcome,
    notice,
    onRemove: (entry: BlockEntry) =>
      void client.send('blocklist/remove', { platform: entry.platform, key: entry.key }).then((r) => {
        if (!r.ok) return onError(r.error.message);
        removed.current = entry;
        setOutcome(null);
        setNotice({ kind: 'removed', name: entryName(entry, names) || entry.key });
        load();
      }),
    onUndo: () => {
      const entry = removed.current;
      removed.current = null;
      // Only the entry's own fields go back: the journal's name of the person is not written into it.
      if (entry) importText(exportJson([entry]), (result) => (result.errors.length ? setOutcome(result) : setNotice({ kind: 'undone' })));
    },
    // Not the list on screen: a click before it arrived (or after another tab changed it) would write a stale file.
    onExport: (format: 'json' | 'csv') =>
      load((fresh, byId) => {
        const text = format === 'json' ? exportJson(fresh, byId) : exportCsv(fresh, byId);
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([text], { type: format === 'json' ? 'application/json' : 'text/csv' }));
        link.download = `handschlag-blocklist.${format}`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      }),
    onImport: (text: string) =>
      importText(text, (result) => {
        setNotice(null);
        setOutcome(result);
      }),
  };
}
