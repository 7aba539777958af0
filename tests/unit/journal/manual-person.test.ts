import { expect, it } from 'vitest';
import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import { testDeps } from '../helpers/journal';

const PAGE = { id: 'ext', url: 'chrome-extension://ext/options.html' };

// The worker's search index is built on the first search and kept until a write: creating a person by hand must
// count as one (it did not, and the person stayed unfindable until the worker stopped).
it('a person created by hand is found by the next search, in the same worker', async () => {
  const t = await testDeps();
  const handle = createRouter(createHandlers(t.deps), { id: 'ext', baseUrl: 'chrome-extension://ext/' });
  const found = async (query: string) => {
    const res = await handle({ type: 'people/list', payload: { query, limit: 10 } }, PAGE);
    if (!res.ok) throw new Error(res.error.message);
    return (res.data as { items: { displayName: string }[] }).items.map((p) => p.displayName);
  };
  expect(await found('Zora')).toEqual([]);
  const created = await handle({ type: 'person/create', payload: { displayName: 'Zora Quist', company: 'Nordlicht Software AG' } }, PAGE);
  expect(created.ok).toBe(true);
  expect(await found('Zora')).toEqual(['Zora Quist']);
  expect(await found('nordlicht')).toEqual(['Zora Quist']);
});
