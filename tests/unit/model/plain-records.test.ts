import { describe, expect, it } from 'vitest';
import { Identity, Person } from '../../../utils/model/people';
import { checkedIdentity, checkedPerson, isPlainIdentity, isPlainPerson } from '../../../utils/model/plain-records';
import { reasonOf } from '../../../utils/import/types';
import { profileUrl } from '../../../utils/platforms/profile-url';
import { checkRecords, recordKey } from '../../../utils/journal/quarantine';

// The builder's fast checks must never accept what zod would refuse or change: each case runs both. Where the
// fast check says no, checkedPerson/checkedIdentity must throw zod's own error (the row's reason).

const x = (n: number, c = 'a') => c.repeat(n);
const person = (over: Record<string, unknown> = {}, drop: string[] = []): Person => {
  const r: Record<string, unknown> = { v: 1, id: 'p1', displayName: 'Anna Berger', headline: 'CTO', company: 'Acme', location: 'Köln', tags: [], notes: '', createdAt: 1_765_000_000_000, updatedAt: 1_765_000_000_000, ...over };
  for (const k of drop) delete r[k];
  return r as Person;
};
const identity = (over: Record<string, unknown> = {}): Identity =>
  ({ v: 1, id: 'linkedin:anna', platform: 'linkedin', key: 'anna', personId: 'p1', url: 'https://www.linkedin.com/in/anna/', firstSeenAt: 0, lastSeenAt: 1, ...over }) as Identity;

/** The fast check agrees with zod where it answers, and the checked record is zod's, or zod's error. */
function agrees<T>(fast: (r: T) => boolean, checked: (r: T) => T, schema: { safeParse(r: unknown): { success: boolean; data?: unknown } }, r: T): boolean {
  const zod = schema.safeParse(r);
  const yes = fast(r);
  if (yes) {
    expect(zod.success).toBe(true);
    expect(JSON.stringify(zod.data)).toBe(JSON.stringify(r)); // same values, keys in the same order
    expect(Object.keys(zod.data as object)).toEqual(Object.keys(r as object));
  }
  if (zod.success) expect(JSON.stringify(checked(r))).toBe(JSON.stringify(zod.data));
  else expect(() => checked(r)).toThrow();
  if (!zod.success) {
    const reason = (f: () => unknown) => { try { f(); return ''; } catch (e) { return reasonOf(e); } };
    expect(reason(() => checked(r))).toBe(reason(() => (schema as typeof Person).parse(r)));
  }
  return yes;
}

const ints: [string, unknown, boolean][] = [
  ['0', 0, true], ['-0', -0, true], ['now', 1_765_000_000_000, true], ['max safe', Number.MAX_SAFE_INTEGER, true],
  ['max safe + 1', Number.MAX_SAFE_INTEGER + 1, false], ['-1', -1, false], ['1.5', 1.5, false], ['NaN', Number.NaN, false],
  ['Infinity', Number.POSITIVE_INFINITY, false], ['a string', '1', false], ['undefined', undefined, false], ['1e300', 1e300, false],
];

describe('isPlainPerson: equivalent to Person.parse', () => {
  it.each<[string, Person, boolean]>([
    ['the builder\'s record', person(), true],
    ['without the optional fields', person({}, ['headline', 'company', 'location']), true],
    ['id of 1', person({ id: 'p' }), true], ['id of 100', person({ id: x(100) }), true], ['id of 101', person({ id: x(101) }), false],
    ['empty id', person({ id: '' }), false], ['id a number', person({ id: 7 }), false],
    ['name of 1', person({ displayName: 'A' }), true], ['name of 500', person({ displayName: x(500) }), true],
    ['name of 501', person({ displayName: x(501) }), false], ['empty name', person({ displayName: '' }), false],
    ['name of 250 emoji (500 units)', person({ displayName: x(250, '😀') }), true], ['name of 251 emoji', person({ displayName: x(251, '😀') }), false],
    ['controls and bidi marks (the schema does not look)', person({ displayName: 'A\u0000\u202E\u200B\t\n' }), true],
    ['a lone surrogate', person({ displayName: 'A\uD800' }), true],
    ['headline of 500', person({ headline: x(500) }), true], ['headline of 501', person({ headline: x(501) }), false],
    ['empty company', person({ company: '' }), true], ['location of 501', person({ location: x(501) }), false],
    ['headline present as undefined (as the journal writes it)', person({ headline: undefined }), true], ['all three present as undefined', person({ headline: undefined, company: undefined, location: undefined }), true], ['headline null', person({ headline: null }), false],
    ['tags of 100', person({ tags: Array.from({ length: 100 }, () => 'x') }), true], ['tags of 101', person({ tags: Array.from({ length: 101 }, () => 'x') }), false],
    ['a tag of 501', person({ tags: [x(501)] }), false], ['a tag a number', person({ tags: [1] }), false], ['tags not an array', person({ tags: 'x' }), false],
    ['notes of 20,000', person({ notes: x(20_000) }), true], ['notes of 20,001', person({ notes: x(20_001) }), false],
    ['v 2', person({ v: 2 }), false], ['v "1"', person({ v: '1' }), false],
    ['an unknown key', person({ extra: 1 }), false], ['another prototype', Object.assign(Object.create({ headline: 'x' }) as object, person({}, ['headline'])) as Person, false],
    ['keys out of order', { ...person({}, ['id']), id: 'p1' } as Person, false],
    ...ints.map(([name, value, ok]): [string, Person, boolean] => [`createdAt ${name}`, person({ createdAt: value }), ok]),
    ...ints.map(([name, value, ok]): [string, Person, boolean] => [`updatedAt ${name}`, person({ updatedAt: value }), ok]),
  ])('%s', (_, r, expected) => {
    expect(agrees(isPlainPerson, checkedPerson, Person, r)).toBe(expected);
  });
});

describe('isPlainIdentity: equivalent to Identity.parse', () => {
  it.each<[string, Identity, boolean]>([
    ['the builder\'s record', identity(), true],
    ['a XING identity', identity({ id: 'xing:Anna_Berger', platform: 'xing', key: 'Anna_Berger', url: profileUrl('xing', 'Anna_Berger') }), true],
    ['id of 209', identity({ id: x(209) }), true], ['id of 210', identity({ id: x(210) }), false], ['empty id', identity({ id: '' }), false],
    ['platform LinkedIn', identity({ platform: 'LinkedIn' }), false],
    ['key of 200', identity({ key: x(200) }), true], ['key of 201', identity({ key: x(201) }), false], ['empty key', identity({ key: '' }), false],
    ['personId of 100', identity({ personId: x(100) }), true], ['personId of 101', identity({ personId: x(101) }), false],
    ['url without the final slash', identity({ url: 'https://www.linkedin.com/in/anna' }), true],
    ['url with escapes', identity({ url: profileUrl('linkedin', 'jörg-müller 😀') }), true],
    ['url of a key of 200 emoji halves', identity({ url: profileUrl('linkedin', x(100, '😀')) }), true],
    ['url of 2000', identity({ url: `https://www.linkedin.com/in/${x(2000 - 29)}/` }), true],
    ['url of 2001', identity({ url: `https://www.linkedin.com/in/${x(2001 - 29)}/` }), false],
    ['url with a space in front (zod trims)', identity({ url: ' https://www.linkedin.com/in/anna/' }), false],
    ['url with a line break (zod strips)', identity({ url: 'https://www.linkedin.com/in/an\nna/' }), false],
    ['url with a space inside', identity({ url: 'https://www.linkedin.com/in/an na/' }), false],
    ['url with a query', identity({ url: 'https://www.linkedin.com/in/anna/?x=1' }), false],
    ['url http', identity({ url: 'http://www.linkedin.com/in/anna/' }), false],
    ['not a url', identity({ url: 'anna' }), false], ['empty url', identity({ url: '' }), false],
    ['an unknown key', identity({ extra: 1 }), false],
    ...ints.map(([name, value, ok]): [string, Identity, boolean] => [`firstSeenAt ${name}`, identity({ firstSeenAt: value }), ok]),
    ...ints.map(([name, value, ok]): [string, Identity, boolean] => [`lastSeenAt ${name}`, identity({ lastSeenAt: value }), ok]),
  ])('%s', (_, r, expected) => {
    expect(agrees(isPlainIdentity, checkedIdentity, Identity, r)).toBe(expected);
  });

  it('every URL profileUrl writes for a key that fits is taken as it is, by both', () => {
    const chars = ['a', 'Z', '0', '-', '_', '.', '~', '!', '*', "'", '(', ')', '%', ' ', '/', '?', '#', 'ü', 'ß', '😀', '\u202E', '\u0000', '"', '<', '\\'];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    for (let i = 0; i < 2000; i++) {
      const key = Array.from({ length: 1 + (next() % 40) }, () => chars[next() % chars.length]).join('');
      for (const platform of ['linkedin', 'xing'] as const) {
        const r = identity({ id: `${platform}:${key}`, platform, key, url: profileUrl(platform, key) });
        expect(agrees(isPlainIdentity, checkedIdentity, Identity, r)).toBe(true);
      }
    }
  });
});

describe('checkRecords with the plain checks: the same split and the same issues as zod alone', () => {
  const zodOnly = (schema: { safeParse(r: unknown): { success: boolean; data?: unknown } }, records: unknown[]) =>
    records.map((r) => {
      const z = schema.safeParse(r);
      return z.success ? JSON.stringify(z.data) : 'invalid';
    });
  const people: unknown[] = [person(), person({}, ['headline', 'company', 'location']), person({ displayName: '' }), person({ extra: 1 }), { ...person({}, ['id']), id: 'p9' }, null, 7, 'x', [], person({ tags: [1] })];
  const identities: unknown[] = [identity(), identity({ url: 'https://www.linkedin.com/in/anna/?x=1' }), identity({ key: '' }), null, {}];

  it.each([
    ['people', Person, people],
    ['identities', Identity, identities],
  ] as const)('%s', (store, schema, records) => {
    const out = checkRecords(store, schema as never, records, recordKey, 5);
    const expected = zodOnly(schema, records);
    expect(out.valid.map((r) => JSON.stringify(r))).toEqual(expected.filter((e) => e !== 'invalid'));
    expect(out.invalid.map((q) => q.record)).toEqual(records.filter((_, i) => expected[i] === 'invalid'));
    // The reasons are zod's: a record the plain check refuses is handed to zod.
    for (const q of out.invalid) expect(q.error).toBe(issuesText(schema.safeParse(q.record)));
  });
});

const issuesText = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string =>
  (r.error?.issues ?? []).slice(0, 5).map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ').slice(0, 2000);
