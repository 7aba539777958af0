import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/import';
import { requestTime } from '../../../utils/journal/request-time';
import type { SenderInfo } from '../../../utils/messaging/senders';
import { dumpAll } from '../helpers/journal';
import { routedJournal } from '../integrity/router-helpers';
import { NOW, parseFixture } from './fixtures';
import { routeFile } from './send-file';

// Issue 19: one "Sent At" the import could not read (or an empty one) was a row error, and one row error refused the
// user's whole Invitations.csv. The invitation now imports without its date, first seen at the import, and is counted.
const HEADER = 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n';
const GOOD = 'Lea Brandl,Nutzer Selbst,"12/1/24, 9:15 AM",Hallo,INCOMING,https://www.linkedin.com/in/lea-brandl,https://www.linkedin.com/in/nutzer-selbst\n';
const odd = (date: string, note = 'Guten Tag') =>
  `Nutzer Selbst,Jonas Brandt,${date},${note},OUTGOING,https://www.linkedin.com/in/nutzer-selbst,https://www.linkedin.com/in/jonas-brandt\n`;

const parse = (csv: string, now = NOW) => {
  let id = 0;
  return parseImport('Invitations.csv', new TextEncoder().encode(csv), { now: () => now, newId: () => `p${++id}` });
};
const jonasOf = (csv: string, now = NOW) => parse(csv, now).requests.find((r) => r.key === 'jonas-brandt');

describe('an Invitations.csv row whose "Sent At" cannot be read', () => {
  it.each([
    ['an empty cell', ''],
    ['31 Feb (no such day)', '31 Feb 2024'],
    ['a German month name (German Excel)', '16 Dez 2024'],
    ['month and day that could swap', '3/4/2024'],
    ['a word', 'gestern'],
  ])('%s: the invitation imports as an open one without its date, first seen now, and is counted', (_what, date) => {
    const data = parse(`${HEADER}${GOOD}${odd(date)}`);
    expect([data.errors, data.skipped, data.rows]).toEqual([[], { undatedInvitations: 1 }, 2]);
    const jonas = data.requests.find((r) => r.key === 'jonas-brandt')!;
    expect(jonas).toMatchObject({ direction: 'sent', state: 'pending', note: 'Guten Tag', firstSeenAt: NOW, lastSeenAt: NOW });
    expect(jonas).not.toHaveProperty('sentAt');
    expect(jonas.history).toEqual([{ state: 'pending', at: { from: NOW, to: NOW }, by: 'import' }]);
    expect(data.people.find((p) => p.person.id === jonas.personId)?.identity?.key).toBe('jonas-brandt');
    // The scorer, the pending list and the request index take its time from first sight: the import.
    expect(requestTime(jonas)).toBe(NOW);
    // The dated row beside it keeps its date.
    expect(data.requests.find((r) => r.key === 'lea-brandl')?.sentAt?.from).toBe(Date.UTC(2024, 11, 1, 9, 15));
  });

  it.each([
    ['two undated invitations are counted together', `${HEADER}${odd('')}${GOOD}${odd('gestern').replace(/jonas/g, 'jo')}`, 3, { undatedInvitations: 2 }, []],
    ['a wrong direction stays a row error, not counted', `${HEADER}${GOOD}${odd('gestern').replace('OUTGOING', 'SIDEWAYS')}`, 1, {}, [[2, 'direction']]],
    ['a wrong profile URL stays a row error, not counted', `${HEADER}${odd('gestern').replace(/https:\/\/www\.linkedin\.com\/in\/jonas-brandt/, 'https://www.example.com/in/jb')}`, 0, {}, [[1, 'profile-url']]],
  ] as const)('%s', (_what, csv, requests, skipped, errors) => {
    const data = parse(csv);
    expect(data.requests).toHaveLength(requests);
    expect(data.skipped).toEqual(skipped);
    expect(data.errors.map((e) => [e.row, e.problem])).toEqual(errors);
  });

  it.each([
    ['an empty date', ''],
    ['an unreadable date', 'gestern'],
  ])('%s: the request id is the same on a later import (another time), and another note is another request', (_what, date) => {
    const first = jonasOf(`${HEADER}${odd(date)}`, NOW)!;
    const later = jonasOf(`${HEADER}${GOOD}${odd(date)}`, NOW + 86_400_000)!;
    expect(later.id).toBe(first.id);
    expect(jonasOf(`${HEADER}${odd(date, 'Hallo Jonas')}`)!.id).not.toBe(first.id);
    // Empty and unreadable are both "no date": the same request.
    expect(jonasOf(`${HEADER}${odd(date === '' ? 'gestern' : '')}`)!.id).toBe(first.id);
    // A dated invitation of the same person and note is not confused with it.
    expect(jonasOf(`${HEADER}${odd('16 Dec 2024')}`)!.id).not.toBe(first.id);
  });

  it('dated rows keep the ids journals already hold (pinned from the parser before issue 19)', () => {
    expect(parseFixture('made-up_Invitations_2024_7-columns.csv').requests.map((r) => [r.key, r.id])).toEqual([
      ['paula-quast', 'import:linkedin:received:14dsxo8:ueh82p'],
      ['rainer-sommer-9f', 'import:linkedin:sent:1tyae5z:ztntfp'],
      ['linkedin~name:kontakt example org', 'import:linkedin:sent:18r0q4m:1s96vef'],
      ['tom-ulrich-lion', 'import:linkedin:received:tg7z1v:15tiit3'],
    ]);
    const ids = new Map(parseFixture('Invitations_2021_incoming-notes.pseudonymised.csv').requests.map((r) => [r.key, r.id]));
    expect([ids.get('linkedin~name:pia porter'), ids.get('linkedin~name:sarah harper'), ids.get('linkedin~name:mia stone')]).toEqual([
      'import:linkedin:sent:1ddfiz6:ztntfp',
      'import:linkedin:sent:1l5gu46:13pgho0',
      'import:linkedin:received:fs9ijw:j1tvud',
    ]);
  });
});

describe('undated invitations in the journal and in import-check', () => {
  const DASHBOARD: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/options.html', tab: { id: 9 }, frameId: 0 };
  let t: Awaited<ReturnType<typeof routedJournal>>;
  beforeEach(async () => {
    t = await routedJournal();
  });

  it('imports the file with its count, and importing it again adds nothing', async () => {
    const csv = new TextEncoder().encode(`${HEADER}${GOOD}${odd('gestern')}`);
    const first = await routeFile(t.handle, DASHBOARD, 'job-1', 'Invitations.csv', csv);
    expect(first).toMatchObject({ ok: true, data: { status: 'imported', format: 'linkedin-invitations', rows: 2, requestsAdded: 2, unchanged: 0, skipped: { undatedInvitations: 1 } } });
    const before = (await dumpAll(t.deps)).requests;
    const again = await routeFile(t.handle, DASHBOARD, 'job-2', 'Invitations.csv', csv);
    expect(again).toMatchObject({ ok: true, data: { status: 'imported', peopleAdded: 0, requestsAdded: 0, unchanged: 2, skipped: { undatedInvitations: 1 } } });
    const after = (await dumpAll(t.deps)).requests;
    expect(after).toEqual(before);
    const jonas = (after as { key: string; firstSeenAt: number; sentAt?: unknown }[]).find((r) => r.key === 'jonas-brandt');
    expect(jonas).toMatchObject({ firstSeenAt: t.deps.now() });
    expect(jonas?.sentAt).toBeUndefined();
  });

  it('import-check prints the count, exit code 0 (the file imports)', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'undated-inv-'));
    try {
      const file = join(dir, 'Invitations.csv');
      writeFileSync(file, `${HEADER}${GOOD}${odd('31 Feb 2024')}`);
      const root = resolve(import.meta.dirname, '../../..');
      const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/import-check.ts'), file], { cwd: root, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ format: 'linkedin-invitations', rows: 2, people: 2, requests: 2, messages: 0, undated: 1, errors: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
