import { describe, expect, it } from 'vitest';
import { isPlainPerson, isPlainRequest } from '../../../utils/model/plain-records';
import { RequestRecord } from '../../../utils/model/requests';
import { Person } from '../../../utils/model/people';
import { checkRecords, recordKey } from '../../../utils/journal/quarantine';

// The request's plain check must never take what zod would refuse or change: each case runs both.

const x = (n: number, c = 'a') => c.repeat(n);
const at = { from: 1_765_000_000_000, to: 1_765_000_100_000 };
const request = (over: Record<string, unknown> = {}, drop: string[] = []): Record<string, unknown> => {
  const r: Record<string, unknown> = {
    v: 1, id: 'r1', platform: 'xing', direction: 'received', personId: 'p1', key: 'Anna_Berger', note: 'Hallo Anna',
    firstSeenAt: at.from, lastSeenAt: at.to, sentAt: at, state: 'pending', history: [{ state: 'pending', at, by: 'observed' }], ...over,
  };
  for (const k of drop) delete r[k];
  return r;
};

function agrees(r: unknown): boolean {
  const zod = RequestRecord.safeParse(r);
  const yes = isPlainRequest(r);
  if (yes) {
    expect(zod.success).toBe(true);
    expect(JSON.stringify(zod.data)).toBe(JSON.stringify(r)); // same values, keys in the same order
    expect(Object.keys(zod.data as object)).toEqual(Object.keys(r as object)); // undefined ones too
  }
  return yes;
}

const sparse = [{ state: 'pending', at, by: 'observed' }, , { state: 'accepted', at, by: 'user' }];

describe('isPlainRequest: equivalent to RequestRecord.parse', () => {
  it.each<[string, unknown, boolean]>([
    ['a stored request', request(), true],
    ['without sentAt', request({}, ['sentAt']), true],
    ['sentAt present as undefined', request({ sentAt: undefined }), true],
    ['sentAt null', request({ sentAt: null }), false],
    ['sentAt without to', request({ sentAt: { from: 1 } }), false],
    ['sentAt with keys reversed', request({ sentAt: { to: 2, from: 1 } }), false],
    ['sentAt with an extra key', request({ sentAt: { ...at, x: 1 } }), false],
    ['sentAt to before from (the schema does not look)', request({ sentAt: { from: 5, to: 1 } }), true],
    ['a LinkedIn sent request', request({ platform: 'linkedin', direction: 'sent' }), true],
    ['platform XING', request({ platform: 'XING' }), false], ['direction out', request({ direction: 'out' }), false],
    ['id of 100', request({ id: x(100) }), true], ['id of 101', request({ id: x(101) }), false], ['empty id', request({ id: '' }), false],
    ['personId of 101', request({ personId: x(101) }), false],
    ['key of 200', request({ key: x(200) }), true], ['key of 201', request({ key: x(201) }), false], ['empty key', request({ key: '' }), false],
    ['empty note', request({ note: '' }), true], ['note of 20,000', request({ note: x(20_000) }), true], ['note of 20,001', request({ note: x(20_001) }), false],
    ['note missing', request({}, ['note']), false],
    ...['pending', 'accepted', 'declined', 'ignored', 'withdrawn', 'reported', 'blocked'].map((s): [string, unknown, boolean] => [`state ${s}`, request({ state: s }), true]),
    ['state unknown', request({ state: 'spam' }), false],
    ['firstSeenAt -1', request({ firstSeenAt: -1 }), false], ['lastSeenAt 1.5', request({ lastSeenAt: 1.5 }), false],
    ['lastSeenAt beyond safe integers', request({ lastSeenAt: 2 ** 53 }), false],
    ['empty history', request({ history: [] }), false],
    ['history of three', request({ history: [{ state: 'pending', at, by: 'observed' }, { state: 'accepted', at, by: 'user' }, { state: 'blocked', at, by: 'import' }] }), true],
    ['history with a hole', request({ history: sparse }), false],
    ['history step by robot', request({ history: [{ state: 'pending', at, by: 'robot' }] }), false],
    ['history step without at', request({ history: [{ state: 'pending', by: 'observed' }] }), false],
    ['history step with an extra key', request({ history: [{ state: 'pending', at, by: 'observed', note: 'x' }] }), false],
    ['history not an array', request({ history: { 0: { state: 'pending', at, by: 'observed' }, length: 1 } }), false],
    ['an unknown key', request({ extra: 1 }), false],
    ['v 2', request({ v: 2 }), false],
    ['keys out of order', { ...request({}, ['id']), id: 'r1' }, false],
    ['null', null, false], ['a number', 7, false], ['an array', [], false],
  ])('%s', (_, r, expected) => {
    expect(agrees(r)).toBe(expected);
  });
});

describe('a hole in an array is refused as zod refuses it', () => {
  it('in a person\'s tags', () => {
    const person = { v: 1, id: 'p1', displayName: 'Anna', tags: ['a', , 'b'], notes: '', createdAt: 1, updatedAt: 1 };
    expect(Person.safeParse(person).success).toBe(false);
    expect(isPlainPerson(person)).toBe(false);
  });
});

describe('checkRecords over requests: the same split as zod alone', () => {
  it('takes the plain ones as they are and quarantines the rest with zod\'s issues', () => {
    const records: unknown[] = [request(), request({ state: 'spam' }), { ...request({}, ['id']), id: 'r2' }, request({ history: [] }), null];
    const out = checkRecords('requests', RequestRecord as never, records, recordKey, 5);
    expect(out.valid[0]).toBe(records[0]); // the record itself, no copy
    expect(out.valid.map((r) => JSON.stringify(r))).toEqual([records[0], records[2]].map((r) => JSON.stringify(RequestRecord.parse(r))));
    expect(out.invalid.map((q) => q.record)).toEqual([records[1], records[3], records[4]]);
    expect(out.invalid[0]!.error).toContain('state');
  });
});
