import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/import';
import { Skipped } from '../../../utils/messaging/import-protocol';
import type { SenderInfo } from '../../../utils/messaging/senders';
import { dumpAll } from '../helpers/journal';
import { routedJournal } from '../integrity/router-helpers';
import { NOW } from './fixtures';
import { routeFile } from './send-file';

// Issue 19: one "Connected On" the import could not read (a date re-saved by a spreadsheet in a form we refuse,
// 31 Feb, German month names) was a row error, and one row error refused the user's whole Connections.csv. The
// row now imports without its date, and the import says how many did.
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
const GOOD = 'Mira,Kellner,https://www.linkedin.com/in/mira-kellner,,Kellner GmbH,Einkauf,16 Dec 2024\n';
const odd = (date: string) => `Jonas,Brandt,https://www.linkedin.com/in/jonas-brandt,jonas@example.org,Brandt & Co,Vertrieb,${date}\n`;

const parse = (csv: string) => {
  let id = 0;
  return parseImport('Connections.csv', new TextEncoder().encode(csv), { now: () => NOW, newId: () => `p${++id}` });
};

describe('a Connections.csv row whose date cannot be read', () => {
  it.each([
    ['31 Feb (no such day)', '31 Feb 2024'],
    ['a German month name (German Excel)', '16 Dez 2024'],
    ['month and day that could swap', '3/4/2024'],
    ['a word', 'gestern'],
    ['month 13', '2024-13-01'],
    ['a time without a date', '14:05'],
  ])('%s: the row imports without its date, and is counted', (_what, date) => {
    const data = parse(`${HEADER}${GOOD}${odd(date)}`);
    expect(data.errors).toEqual([]);
    expect(data.skipped).toEqual({ undated: 1 });
    expect(data.rows).toBe(2);
    const jonas = data.people.find((p) => p.person.displayName === 'Jonas Brandt');
    expect(jonas?.person).toMatchObject({ company: 'Brandt & Co', headline: 'Vertrieb', createdAt: NOW });
    expect(jonas?.identity).toMatchObject({ id: 'linkedin:jonas-brandt', key: 'jonas-brandt', url: 'https://www.linkedin.com/in/jonas-brandt/', personId: jonas?.person.id });
    // No date is invented: the first-seen time is the import's, as for a row whose date cell is empty.
    expect(jonas?.connectedAt).toBeUndefined();
    expect(jonas?.identity?.firstSeenAt).toBe(NOW);
    expect(jonas?.identity).toEqual(parse(`${HEADER}${GOOD}${odd('')}`).people[1]?.identity);
    // The other rows keep their dates.
    expect(data.people[0]?.connectedAt?.from).toBe(Date.UTC(2024, 11, 16));
  });

  it.each([
    ['an empty date cell imports without a date, as before, and is not counted', `${HEADER}${odd('')}`, 1, {}, []],
    ['several odd dates are counted together', `${HEADER}${odd('gestern')}${GOOD}${odd('31 Feb 2024').replace(/jonas/g, 'jo')}`, 3, { undated: 2 }, []],
    ['beside members who hid their name: both counts', `${HEADER}${GOOD},,,,,,02 Oct 2023\n${odd('16 Dez 2024')}`, 2, { hidden: 1, undated: 1 }, []],
    ['a hidden member\'s odd date stays a hidden member', `${HEADER}${GOOD},,,,,,gestern\n`, 1, { hidden: 1 }, []],
    ['an odd date does not mend a row without a name: that row stays an error (no-name), not counted', `${HEADER}${GOOD},,,,Kellner GmbH,,gestern\n`, 1, {}, [[2, 'no-name']]],
    ['an odd date does not mend a wrong profile URL: an error, not counted', `${HEADER}Hal,Wrong,https://www.example.com/in/hal,,,,gestern\n`, 0, {}, [[1, 'profile-url']]],
    ['the same person twice, once with an odd date: one person, with the date that could be read', `${HEADER}${odd('gestern')}${odd('16 Dec 2024')}`, 1, { undated: 1 }, []],
  ] as const)('%s', (_what, csv, people, skipped, errors) => {
    const data = parse(csv);
    expect(data.people).toHaveLength(people);
    expect(data.skipped).toEqual(skipped);
    expect(data.errors.map((e) => [e.row, e.problem])).toEqual(errors);
  });

  it('a person seen with an odd date and again with a readable one keeps the readable one', () => {
    const data = parse(`${HEADER}${odd('gestern')}${odd('16 Dec 2024')}`);
    expect([data.errors, data.skipped]).toEqual([[], { undated: 1 }]);
    expect(data.people[0]?.connectedAt?.from).toBe(Date.UTC(2024, 11, 16));
    expect(data.people[0]?.identity?.firstSeenAt).toBe(Date.UTC(2024, 11, 16));
  });
});

describe('the count reaches the dashboard and import-check', () => {
  const DASHBOARD: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/options.html', tab: { id: 9 }, frameId: 0 };
  let t: Awaited<ReturnType<typeof routedJournal>>;
  let handle: Awaited<ReturnType<typeof routedJournal>>['handle'];
  beforeEach(async () => {
    t = await routedJournal();
    handle = t.handle;
  });

  it('import/run imports the file and answers the count through the protocol\'s schema', async () => {
    const csv = `${HEADER}${GOOD},,,,,,02 Oct 2023\n${odd('16 Dez 2024')}`;
    const res = await routeFile(handle, DASHBOARD, 'job-u', 'Connections.csv', new TextEncoder().encode(csv));
    expect(res).toEqual({ ok: true, data: { status: 'imported', format: 'linkedin-connections', rows: 3, peopleAdded: 2, peopleMerged: 0, peopleUnchanged: 0, requestsAdded: 0, messagesAdded: 0, unchanged: 0, quarantined: 0, skipped: { hidden: 1, undated: 1 } } });
    const identities = (await dumpAll(t.deps)).identities as { key: string; firstSeenAt: number }[];
    expect(identities.find((i) => i.key === 'jonas-brandt')?.firstSeenAt).toBe(t.deps.now());
  });

  it.each([
    [{ undated: 3 }, true],
    [{ hidden: 1, undated: 2 }, true],
    [{ undated: 0 }, true],
    [{ undated: -1 }, false],
    [{ undated: 1.5 }, false],
    [{ undated: '2' }, false],
  ])('the schema of the skipped counts takes %j: %s', (skipped, ok) => {
    expect(Skipped.safeParse(skipped).success).toBe(ok);
  });

  it('import-check prints the count, exit code 0 (the file imports)', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'undated-'));
    try {
      const file = join(dir, 'Connections.csv');
      writeFileSync(file, `${HEADER}${GOOD}${odd('16 Dez 2024')}${odd('gestern').replace(/jonas/g, 'jo')}`);
      const root = resolve(import.meta.dirname, '../../..');
      const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/import-check.ts'), file], { cwd: root, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ format: 'linkedin-connections', rows: 3, people: 3, requests: 0, messages: 0, undated: 2, errors: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
