import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { offsetWithin } from '../../../entrypoints/options/page-offset';
import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import { testDeps } from '../helpers/journal';

// Review dashboard-people, finding 6: after the only person of the last page was deleted (or merged away), the
// dashboard kept its offset and showed "100 people" over an empty table with no way back. App.tsx asks again at
// offsetWithin's page when an answer comes back empty past the end.
describe('the people page after the list shrank', () => {
  it.each([
    ['the last page emptied: back to the page before', 100, 0, 100, 0],
    ['the last of 301 gone from page 4', 300, 0, 300, 200],
    ['several pages gone (a merge of many)', 500, 0, 250, 200],
    ['everyone gone', 100, 0, 0, 0],
    ['the page still has people', 100, 1, 101, null],
    ['the first page, empty', 0, 0, 0, null],
    ['a page within the total but empty (read meanwhile): kept', 100, 0, 150, null],
  ])('%s', (_name, offset, shown, total, expected) => {
    expect(offsetWithin(offset, shown, total, 100)).toBe(expected);
  });

  it('the review case: 101 people, the one on page 2 deleted, the list then shows the 100 left', async () => {
    const t = await testDeps();
    const handle = createRouter(createHandlers(t.deps), { id: 'ext', baseUrl: 'chrome-extension://ext/' });
    const send = async (type: string, payload: unknown) => {
      const res = await handle({ type, payload }, { id: 'ext', url: 'chrome-extension://ext/options.html' });
      if (!res.ok) throw new Error(res.error.message);
      return res.data as never;
    };
    const ids: string[] = [];
    for (let i = 0; i < 101; i++) {
      ids.push(((await send('person/create', { displayName: `Person ${i}` })) as { personId: string }).personId);
      t.advance(1000);
    }
    await send('person/delete', { personId: ids[0] });
    const list = (offset: number) => send('people/list', { offset, limit: 100 }) as Promise<{ items: unknown[]; total: number }>;
    const after = await list(100);
    const within = offsetWithin(100, after.items.length, after.total, 100);
    expect(within).toBe(0);
    expect((await list(within!)).items).toHaveLength(100);
  });
});
