import { describe, expect, it } from 'vitest';
import { listReading } from '../../../utils/platforms/common/actions/list-reading';
import type { Client } from '../../../utils/messaging/client';
import type { PageFacts, RequestFacts } from '../../../utils/platforms/facts';
import { card, pendingKeys, routedJournal, tab, XING_LIST } from './router-helpers';

const HOUR = 3_600_000;

// Issue 13, break 1: a card the reader could not read was taken for a withdrawal, and the next normal visit
// re-created it as a re-send (which the scorer counts against a genuine person).
describe('a request list that was not read whole proves no withdrawal (break 1)', () => {
  it('leaves the record of a card the reader skipped alone, and counts the skipped card in Diagnostics', async () => {
    const j = await routedJournal();
    const send = (payload: object) => j.handle({ type: 'capture/requests', payload: { platform: 'xing', url: XING_LIST, direction: 'received', ...payload } }, tab(XING_LIST));
    const all = [card('Ana_A'), card('Ben_B'), card('Cem_C')];
    expect(await send({ requests: all, listKeys: all.map((c) => c.key) })).toMatchObject({ ok: true, data: { created: 3 } });
    j.advance(HOUR);
    // Ben's card could not be read this time (e.g. a 240-character name): the reader sends the rest and says so.
    expect(await send({ requests: [all[0], all[2]], skipped: 1 })).toMatchObject({ ok: true, data: { withdrawn: 0 } });
    // Every card unreadable: an empty list that proves nothing.
    expect(await send({ requests: [], skipped: 3 })).toMatchObject({ ok: true, data: { withdrawn: 0 } });
    expect(await pendingKeys(j.deps)).toEqual(['Ana_A', 'Ben_B', 'Cem_C']);
    j.advance(HOUR);
    // The next normal visit: nobody is a re-send.
    expect(await send({ requests: all, listKeys: all.map((c) => c.key) })).toMatchObject({ ok: true, data: { created: 0, resent: 0, withdrawn: 0 } });
    const stats = await j.handle({ type: 'journal/stats', payload: {} }, { id: 'ext', url: 'chrome-extension://ext/popup.html' });
    expect(stats.ok && (stats.data as { diagnostics: unknown }).diagnostics).toEqual([expect.objectContaining({ pageType: 'xing.requests.received', skippedCards: 4 })]);
  });

  it('a whole list still shows a withdrawal', async () => {
    const j = await routedJournal();
    const send = (requests: object[]) =>
      j.handle({ type: 'capture/requests', payload: { platform: 'xing', url: XING_LIST, direction: 'received', requests, listKeys: requests.map((r) => (r as { key: string }).key) } }, tab(XING_LIST));
    await send([card('Ana_A'), card('Ben_B')]);
    j.advance(HOUR);
    expect(await send([])).toMatchObject({ ok: true, data: { withdrawn: 2 } });
  });

  it('the content script sends the list keys only when no card was skipped', async () => {
    const sent: unknown[] = [];
    const client: Client = { send: async (type, payload) => (sent.push({ type, payload }), { ok: true, data: {} }) as never };
    const facts = (key: string): RequestFacts => ({ direction: 'received', key, name: key, note: '', actions: [] });
    const page: PageFacts = { pageType: 'xing.requests.received', requests: [facts('A'), facts('B')] };
    await listReading.send(client, 'xing', XING_LIST, page, true);
    await listReading.send(client, 'xing', XING_LIST, { ...page, skipped: [{ code: 'missing-field', pageType: 'xing.requests.received', field: 'name', message: 'x' }] }, true);
    expect(sent.map((m) => (m as { payload: { listKeys?: string[]; skipped?: number } }).payload)).toMatchObject([
      { listKeys: ['A', 'B'] },
      { skipped: 1 },
    ]);
    expect((sent[1] as { payload: object }).payload).not.toHaveProperty('listKeys');
  });
});
