import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ImportOutcome } from '../../components/dashboard/BlocklistPanel';
import { exportCsv, exportJson } from '../../utils/blocklist/file';
import type { Client } from '../../utils/messaging/client';
import type { BlockEntry } from '../../utils/model/relationships';
import { profileUrl } from '../../utils/platforms/profile-url';

/** The dashboard's blocklist: loaded when shown, removal, export as a download, import of a chosen file. */
export function useBlocklist(client: Client, shown: boolean, onError: (message: string) => void) {
  const [items, setItems] = useState<BlockEntry[]>([]);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const load = () => void client.send('blocklist/list', {}).then((r) => (r.ok ? setItems(r.data.items) : onError(r.error.message)));
  useEffect(() => {
    if (shown) load();
  }, [shown]);
  const urls = useMemo(() => new Map(items.map((e) => [e.id, profileUrl(e.platform, e.key)])), [items]);
  return {
    items,
    urls,
    outcome,
    onRemove: (entry: BlockEntry) => void client.send('blocklist/remove', { platform: entry.platform, key: entry.key }).then(load),
    onExport: (format: 'json' | 'csv') => {
      const text = format === 'json' ? exportJson(items) : exportCsv(items);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([text], { type: format === 'json' ? 'application/json' : 'text/csv' }));
      link.download = `handschlag-blocklist.${format}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    },
    onImport: (text: string) =>
      void client.send('blocklist/import', { text }).then((r) => {
        if (!r.ok) return onError(r.error.message);
        setOutcome(r.data);
        load();
      }),
  };
}
