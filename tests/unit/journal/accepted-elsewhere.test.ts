import { beforeEach, describe, expect, it } from 'vitest';
import { parseConnections } from '../../../utils/import/linkedin-connections';
import { acceptedElsewhere } from '../../../utils/journal/accepted-elsewhere';
import { importIntoJournal } from '../../../utils/journal/import-journal';
import { recordProfile } from '../../../utils/journal/profiles';
import { recordRequestList } from '../../../utils/journal/requests';
import { loadScoringContext } from '../../../utils/journal/scoring-load';
import type { RequestRecord } from '../../../utils/model/requests';
import { observedCard } from '../helpers/request-cards';
import { testDeps } from '../helpers/journal';

const HOUR = 3_600_000;
const WINDOW = { from: 1_000, to: 2_000 };

const received = (state: RequestRecord['state'], by: 'observed' | 'user' | 'import'): RequestRecord => ({
  v: 1, id: 'r-1', platform: 'linkedin', direction: 'received', personId: 'p-1', key: 'anna-berg', note: '',
  firstSeenAt: 500, lastSeenAt: 1_000, state,
  history: [{ state: 'pending', at: { from: 500, to: 500 }, by: 'observed' }, { state, at: WINDOW, by }],
});
const sentAt = (firstSeenAt: number): RequestRecord => ({
  ...received('pending', 'observed'), id: 'r-2', direction: 'sent', firstSeenAt, history: [{ state: 'pending', at: { from: firstSeenAt, to: firstSeenAt }, by: 'observed' }],
});

describe('acceptedElsewhere', () => {
  it.each([
    ['a received request the list closed becomes accepted in the same window', received('withdrawn', 'observed'), [], 'accepted'],
    ['a withdrawal the user recorded stays', received('withdrawn', 'user'), [], null],
    ['a declined request stays', received('declined', 'user'), [], null],
    ['a sent request gone from its list stays', { ...received('withdrawn', 'observed'), direction: 'sent' as const }, [], null],
    ['the user asked them since: the contact may come from that request', received('withdrawn', 'observed'), [sentAt(1_500)], null],
    ['a request the user sent before it left the list does not explain the contact', received('withdrawn', 'observed'), [sentAt(200)], 'accepted'],
  ])('%s', (_name, record, others, expected) => {
    const result = acceptedElsewhere(record, [record, ...others]);
    expect(result?.state ?? null).toBe(expected);
    if (result) expect(result.history.at(-1)).toEqual({ state: 'accepted', at: WINDOW, by: 'observed' });
    if (result) expect(result.history).toHaveLength(record.history.length);
  });
});

describe('a received request accepted on the phone', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  beforeEach(async () => {
    t = await testDeps();
  });
  const profile = (degree?: 1 | 2) => ({
    platform: 'linkedin' as const, key: 'anna-berg', url: 'https://www.linkedin.com/in/anna-berg/',
    facts: { name: 'anna-berg', headline: 'Einkauf', ...(degree ? { degree } : {}) },
  });
  const list = (keys: string[]) =>
    recordRequestList(t.deps, { platform: 'linkedin', direction: 'received', requests: keys.map((k) => observedCard(t.deps.now(), k, '2 days ago')), listKeys: keys });
  const states = async () => (await t.deps.db.getAll('requests')).map((r) => r.state);
  const withdrawals = async () => (await loadScoringContext(t.deps)).state.withdrawals.size;

  it('is taken for withdrawn until the profile shows a contact, then is accepted and no withdrawal counts', async () => {
    await list(['anna-berg']);
    t.advance(HOUR);
    await list([]);
    expect(await states()).toEqual(['withdrawn']);
    expect(await withdrawals()).toBe(1);
    t.advance(HOUR);
    expect((await recordProfile(t.deps, profile(2))).changed).toBe(true);
    expect(await states()).toEqual(['withdrawn']);
    t.advance(HOUR);
    expect((await recordProfile(t.deps, profile(1))).changed).toBe(true);
    expect(await states()).toEqual(['accepted']);
    expect(await withdrawals()).toBe(0);
  });

  it('reports a change even when the profile shows what the last snapshot holds', async () => {
    await list(['anna-berg']);
    await recordProfile(t.deps, profile(1));
    t.advance(HOUR);
    await list([]);
    expect(await states()).toEqual(['withdrawn']);
    expect(await recordProfile(t.deps, profile(1))).toMatchObject({ created: false, changed: true });
    expect(await states()).toEqual(['accepted']);
    expect(await recordProfile(t.deps, profile(1))).toMatchObject({ created: false, changed: false });
  });
});

describe('an import of the connections settles requests accepted elsewhere', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  beforeEach(async () => {
    t = await testDeps();
  });
  const csv = (rows: string[]) => ['First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows].join('\n');
  const list = (keys: string[]) =>
    recordRequestList(t.deps, { platform: 'linkedin', direction: 'received', requests: keys.map((k) => observedCard(t.deps.now(), k, '2 days ago')), listKeys: keys });
  const stateOf = async (key: string) => (await t.deps.db.getAll('requests')).find((r) => r.key === key)?.state;

  it('marks the contacts in the file accepted and leaves the others withdrawn', async () => {
    await list(['anna-berg', 'bernd-ott']);
    t.advance(HOUR);
    await list([]);
    const data = parseConnections(csv(['Anna,Berg,https://www.linkedin.com/in/anna-berg,,ACME,Einkauf,03 Dec 2026']), { now: t.deps.now, newId: t.deps.newId });
    await importIntoJournal(t.deps, data);
    expect({ anna: await stateOf('anna-berg'), bernd: await stateOf('bernd-ott') }).toEqual({ anna: 'accepted', bernd: 'withdrawn' });
    await importIntoJournal(t.deps, data);
    expect(await stateOf('anna-berg')).toBe('accepted');
  });
});
