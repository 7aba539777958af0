import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import type { SenderInfo } from '../../../utils/messaging/senders';
import { testDeps } from '../helpers/journal';

export const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
export const POPUP: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
export const XING_LIST = 'https://www.xing.com/contacts/requests';
export const LINKEDIN_LIST = 'https://www.linkedin.com/mynetwork/invitation-manager/received/';
export const tab = (url: string, id = 1): SenderInfo => ({ id: 'ext', url, tab: { id }, frameId: 0 });

/** The real router and handlers over a fresh fake-indexeddb journal. */
export async function routedJournal() {
  const t = await testDeps();
  const handle = createRouter(createHandlers(t.deps), SELF);
  return { ...t, handle };
}

export const card = (key: string, name = key.replace(/_/g, ' ')) => ({ key, name, note: '' });

/** The pending received requests' keys, sorted. */
export async function pendingKeys(deps: Awaited<ReturnType<typeof testDeps>>['deps']): Promise<string[]> {
  const all = await deps.db.getAll('requests');
  return all.filter((r) => r.state === 'pending').map((r) => r.key).sort();
}

/**
 * Sends a message through the router from `sender` (by default `by`) and gives its answer's data; a refusal throws,
 * naming the message. `route` gives the router now (a test file may make a new one for each test).
 */
export function sendThrough(route: () => ReturnType<typeof createRouter>, by: SenderInfo) {
  return async <T>(type: string, payload: unknown, sender: SenderInfo = by): Promise<T> => {
    const res = await route()({ type, payload } as never, sender);
    if (!res.ok) throw new Error(`${type}: ${res.error.message}`);
    return res.data as T;
  };
}
