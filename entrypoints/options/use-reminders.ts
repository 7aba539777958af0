import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Client } from '../../utils/messaging/client';
import type { DueItem } from '../../utils/model/reminders';
import { DAY_MS } from '../../utils/reminders/schedule';

type Settle = { snoozeUntil: number } | { done: true };

/**
 * The dashboard's Reminders: what is due and what comes this week, as the popup's Due tab lists them. Asked for
 * again at every change of the dashboard's place (`place`) and when the tab comes back into view, so the nav
 * entry's count and "now" (which splits due from coming, and where a snooze counts from) are not those of
 * hours ago; Done and Snooze settle one reminder, then the list is asked for again.
 */
export function useReminders(client: Client, place: string, onError: (message: string) => void) {
  const [items, setItems] = useState<DueItem[] | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const load = useCallback(async () => {
    const at = Date.now();
    const res = await client.send('reminders/due', { horizon: at + 7 * DAY_MS });
    if (!res.ok) return onError(res.error.message);
    setNow(at);
    setItems(res.data.items);
  }, [client]);
  useEffect(() => {
    void load();
  }, [load, place]);
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && void load();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [load]);
  const settle = async (id: string, action: Settle) => {
    const res = await client.send('reminder/settle', { id, action });
    if (!res.ok) return onError(res.error.message);
    await load();
  };
  return {
    items,
    now,
    dueCount: items?.filter((i) => i.reminder.dueAt <= now).length ?? 0,
    onSnooze: (id: string, until: number) => void settle(id, { snoozeUntil: until }),
    onDone: (id: string) => void settle(id, { done: true }),
  };
}
