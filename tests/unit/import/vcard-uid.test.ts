import { beforeEach, describe, expect, it } from 'vitest';
import { peopleVcards } from '../../../utils/export/vcard';
import { personIdOfUid, personUid } from '../../../utils/export/person-uid';
import { parseImport, type ImportedData } from '../../../utils/import';
import type { SenderInfo } from '../../../utils/messaging/senders';
import type { Identity, Person } from '../../../utils/model/people';
import { dumpAll } from '../helpers/journal';
import { routedJournal } from '../integrity/router-helpers';
import { NOW } from './fixtures';
import { routeFile } from './send-file';

// Issue 19: a person added by hand (no profile, a random id) and re-imported from our own vCard export became a
// second person: the import matches by profile key, or by the id a folded name gives. Our export now names the
// person by `UID:urn:handschlag:person:<id>`, and our import takes that id back; any other UID is ignored.

const person = (over: Partial<Person>): Person => ({ v: 1, id: 'p1', displayName: 'Clara Weiß', tags: [], notes: '', createdAt: 1, updatedAt: 1, ...over });
const xing = (personId: string): Identity => ({ v: 1, id: 'xing:Clara_Weiss', platform: 'xing', key: 'Clara_Weiss', personId, url: 'https://www.xing.com/profile/Clara_Weiss', firstSeenAt: 1, lastSeenAt: 1 });
const linkedin = (personId: string): Identity => ({ v: 1, id: 'linkedin:clara-weiss', platform: 'linkedin', key: 'clara-weiss', personId, url: 'https://www.linkedin.com/in/clara-weiss/', firstSeenAt: 1, lastSeenAt: 1 });

const parse = (text: string): ImportedData => {
  let id = 0;
  return parseImport('export.vcf', new TextEncoder().encode(text), { now: () => NOW, newId: () => `new-${++id}` });
};

describe('our vCard export names the person, and our import takes the id back', () => {
  it.each([
    ['added by hand (a random id), no profile', '6f1c2d4e-8a9b-4c3d-9e8f-0a1b2c3d4e5f', false, false],
    ['filed by name from an import (a name id), no profile', 'name-1x2y3z-4a5b6c', false, false],
    ['with a XING profile', '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a', true, false],
    ['with a LinkedIn profile only', '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', false, true],
    ['an id of the longest length, folded over two lines', 'a'.repeat(100), false, false],
    ['an id with the characters vCard text escapes', 'a,b;c\\d', false, false],
  ])('%s', (_what, id, onXing, onLinkedin) => {
    const identities = [...(onXing ? [xing(id)] : []), ...(onLinkedin ? [linkedin(id)] : [])];
    const back = parse(peopleVcards([{ person: person({ id, company: 'Weiß & Partner' }), identities }]));
    expect(back.errors).toEqual([]);
    expect(back.people.map((p) => [p.person.id, p.person.displayName, p.person.company, p.identity?.id, p.identity?.personId])).toEqual([
      [id, 'Clara Weiß', 'Weiß & Partner', identities[0]?.id, identities[0] ? id : undefined],
    ]);
  });

  it('writes the UID with the vCard text escapes (RFC 6350 §3.4)', () => {
    const card = peopleVcards([{ person: person({ id: 'a,b;c\\d' }), identities: [] }]);
    expect(card.split('\r\n')).toContain('UID:urn:handschlag:person:a\\,b\\;c\\\\d');
  });

  it('two people of one name added by hand stay two people', () => {
    const back = parse(peopleVcards([{ person: person({ id: 'hand-1' }), identities: [] }, { person: person({ id: 'hand-2', company: 'Andere GmbH' }), identities: [] }]));
    expect(back.people.map((p) => [p.person.id, p.person.company])).toEqual([['hand-1', undefined], ['hand-2', 'Andere GmbH']]);
  });

  it('a name without letters (only an emoji) reads back by its id, not as a row error', () => {
    const back = parse(peopleVcards([{ person: person({ id: 'hand-3', displayName: '🦊' }), identities: [] }]));
    expect([back.errors, back.people.map((p) => p.person.id)]).toEqual([[], ['hand-3']]);
  });
});

describe('any other UID is ignored: the card reads as it would without one', () => {
  const card = (uid: string, url = '') =>
    ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Clara Weiß', 'N:Weiß;Clara;;;', ...(url ? [`URL:${url}`] : []), ...(uid ? [`UID:${uid}`] : []), 'END:VCARD', ''].join('\r\n');
  it.each([
    ['Outlook', '040000008200E00074C5B7101A82E00800000000D0A4B3C2A1'],
    ['Google', '3a9f1c0e8b7d6a5f'],
    ['Apple', '6B29FC40-CA47-1067-B31D-00DD010662DA'],
    ['XING', '12345678'],
    ['vCard 4.0 urn:uuid', 'urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6'],
    ['an id too long for the model', `urn:handschlag:person:${'a'.repeat(101)}`],
    ['an empty id', 'urn:handschlag:person:'],
    ['another kind of ours', 'urn:handschlag:event:6f1c2d4e'],
    ['our prefix in capitals', 'URN:HANDSCHLAG:PERSON:6f1c2d4e'],
    ['our prefix after something else', 'x-urn:handschlag:person:6f1c2d4e'],
    ['white space before our prefix', ' urn:handschlag:person:6f1c2d4e'],
    ['white space in the id', 'urn:handschlag:person:6f1c 2d4e'],
    ['an escaped line break in the id', 'urn:handschlag:person:6f1c\\n2d4e'],
    ['a control character in the id', 'urn:handschlag:person:6f1c\u00072d4e'],
    ['a NUL in the id', 'urn:handschlag:person:6f1c\u00002d4e'],
    ['a right-to-left override in the id', 'urn:handschlag:person:6f1c\u202E2d4e'],
    ['a zero-width space in the id', 'urn:handschlag:person:6f1c\u200B2d4e'],
  ])('%s', (_what, uid) => {
    for (const url of ['', 'https://www.xing.com/profile/Clara_Weiss']) {
      const read = parse(card(uid, url));
      expect(read.errors).toEqual([]);
      expect(read).toEqual(parse(card('', url)));
    }
  });

  it.each([
    ['6f1c2d4e-8a9b-4c3d-9e8f-0a1b2c3d4e5f', '6f1c2d4e-8a9b-4c3d-9e8f-0a1b2c3d4e5f'],
    ['x'.repeat(100), 'x'.repeat(100)],
    ['x'.repeat(101), undefined],
    ['', undefined],
    ['a\u0085b', undefined], // NEL: a line break to some readers
    ['a\uFEFFb', undefined],
  ])('personIdOfUid(personUid(%j)) is %j', (id, expected) => {
    expect(personIdOfUid(personUid(id))).toBe(expected);
  });
});

describe('re-importing our own export into the same journal', () => {
  const DASHBOARD: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/options.html', tab: { id: 9 }, frameId: 0 };
  let t: Awaited<ReturnType<typeof routedJournal>>;
  let handle: Awaited<ReturnType<typeof routedJournal>>['handle'];
  beforeEach(async () => {
    t = await routedJournal();
    handle = t.handle;
  });

  it('merges a person added by hand instead of adding a second one', async () => {
    const created = await handle({ type: 'person/create', payload: { displayName: 'Clara Weiß', company: 'Weiß & Partner' } }, DASHBOARD);
    expect(created.ok).toBe(true);
    const exported = await handle({ type: 'export/people', payload: { format: 'vcard' } }, DASHBOARD);
    const text = exported.ok ? (exported.data as { text: string }).text : '';
    expect(text).toContain('UID:urn:handschlag:person:');
    const before = await dumpAll(t.deps);
    const res = await routeFile(handle, DASHBOARD, 'job-v', 'Handschlag.vcf', new TextEncoder().encode(text));
    expect(res).toMatchObject({ ok: true, data: { status: 'imported', peopleAdded: 0, peopleMerged: 0, peopleUnchanged: 1 } }); // found, nothing to fill
    expect((await dumpAll(t.deps)).people).toEqual(before.people);
  });
});
