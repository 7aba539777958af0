import { describe, expect, it } from 'vitest';
import { createClient } from '../../../utils/messaging/client';
import { listReading } from '../../../utils/platforms/common/actions/list-reading';
import type { PageFacts, RequestFacts } from '../../../utils/platforms/facts';
import { pendingKeys, POPUP, routedJournal, tab, XING_LIST } from './router-helpers';

// Sent a minute apart, newest first, before the journal's clock: a withdrawal needs the page's times (diffRequestList).
const SENT = Date.UTC(2026, 10, 23, 8);
const facts = (i: number): RequestFacts => ({
  direction: 'received',
  key: `Person_${String(i).padStart(5, '0')}`,
  name: `Person ${i}`,
  note: '',
  time: { text: `${i} minutes ago`, range: { from: SENT - (i + 1) * 60_000, to: SENT - i * 60_000 } },
  actions: [],
});
const list = (n: number, from = 0): PageFacts => ({ pageType: 'xing.requests.received', requests: Array.from({ length: n }, (_, i) => facts(from + i)) });

/** The content script's sending, through the real router, as the list's own tab. */
async function journalWithSender() {
  const j = await routedJournal();
  let messages = 0;
  const client = createClient(async (message) => (messages++, j.handle(message, tab(XING_LIST))));
  const read = async (page: PageFacts) => listReading.send(client, 'xing', XING_LIST, page, true);
  return { ...j, read, messages: () => messages };
}

// Issue 13, break 2: the protocol capped a capture at 2,000 cards, so longer lists stored nothing.
describe('lists of any length are stored, in parts (break 2)', () => {
  it('stores a 5,000-card list and counts one read in Diagnostics', async () => {
    const j = await journalWithSender();
    expect(await j.read(list(5000))).toBeUndefined(); // no refusal
    expect(await pendingKeys(j.deps)).toHaveLength(5000);
    expect(j.messages()).toBe(10);
    const stats = await j.handle({ type: 'journal/stats', payload: {} }, POPUP);
    expect(stats.ok && (stats.data as { diagnostics: unknown[] }).diagnostics).toEqual([expect.objectContaining({ pageType: 'xing.requests.received', successes: 1, failures: 0 })]);
  }, 0); // no time limit: 5,000 cards in fake-indexeddb take a while on a loaded machine, and that is not under test

  it('a list grown from 1,900 to 2,300 keeps the 400 new cards, and a withdrawal across parts is still seen', async () => {
    const j = await journalWithSender();
    await j.read(list(1900));
    j.advance(3_600_000);
    await j.read(list(2300));
    expect(await pendingKeys(j.deps)).toHaveLength(2300);
    j.advance(3_600_000);
    // One card gone from the middle of the first part, the rest the same: exactly that one is withdrawn.
    const shown = list(2300);
    shown.requests!.splice(250, 1);
    await j.read(shown);
    const all = await j.deps.db.getAll('requests');
    expect(all.filter((r) => r.state === 'withdrawn').map((r) => r.key)).toEqual(['Person_00250']);
    expect(all).toHaveLength(2300);
  }, 0);
});
