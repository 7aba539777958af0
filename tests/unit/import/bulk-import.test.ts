import { unwrap } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/import';
import { importIntoJournal } from '../../../utils/journal/import-journal';
import { exportBackup, restoreBackup } from '../../../utils/journal/backup';
import { WRITE_CHUNK } from '../../../utils/journal/bulk-write';
import { importHandlers } from '../../../utils/journal/import-handlers';
import { recordProfile } from '../../../utils/journal/profiles';
import type { ProgressPush } from '../../../utils/messaging/import-protocol';
import { connectionsCsv } from '../../../scripts/bench/import-data';
import { dumpAll, testDeps } from '../helpers/journal';
import { parseFixture } from './fixtures';
import { sendFile } from './send-file';

// The bulk path at a few thousand rows (several write chunks): all or nothing when the transaction dies part-way,
// progress that only grows and ends at the count written, and the lookups by getAll or by key giving the same.

type Deps = Awaited<ReturnType<typeof testDeps>>['deps'];
const ROWS = 3000;
const csv = (n: number, seed?: number) => new TextEncoder().encode(connectionsCsv(n, seed));
const parsed = (deps: Deps, n = ROWS, seed?: number) => parseImport('Connections.csv', csv(n, seed), deps);

/** Makes the transaction of the `at`-th put from now on fail (aborted, as by a quota error or a stopped worker). */
function failAtPut(deps: Deps, at: number, how: 'abort' | 'throw') {
  // The raw store's prototype (the bulk path writes through the raw IndexedDB API, under idb's wrapper).
  const raw = Object.getPrototypeOf(unwrap(deps.db).transaction('people').objectStore('people')) as { put: (...args: unknown[]) => IDBRequest };
  const original = raw.put;
  let calls = 0;
  raw.put = function (this: IDBObjectStore, ...args: unknown[]) {
    if (++calls === at) {
      if (how === 'throw') throw new DOMException('the quota is exceeded', 'QuotaExceededError');
      const req = original.apply(this, args);
      this.transaction.abort();
      return req;
    }
    return original.apply(this, args);
  };
  restore.push(() => (raw.put = original));
}

const restore: (() => void)[] = [];
afterEach(() => restore.splice(0).forEach((undo) => undo()));

/** A journal that already holds something the import meets: a captured person and an earlier import. */
async function usedJournal() {
  const t = await testDeps();
  await recordProfile(t.deps, { platform: 'xing', key: 'Jana_Schmidt12', url: 'https://www.xing.com/profile/Jana_Schmidt12', facts: { name: 'Jana Schmidt' } });
  await importIntoJournal(t.deps, parseFixture('Connections_2024_notes-preamble.pseudonymised.csv'));
  return t;
}

describe('bulk import and restore', () => {
  it.each([
    ['abort', 1],
    ['abort', WRITE_CHUNK / 2 + 3],
    ['abort', WRITE_CHUNK * 2 + 1],
    ['abort', ROWS * 2 + 1], // the last: the job's receipt, then people and identities
    ['throw', WRITE_CHUNK + 5],
  ] as const)('a transaction that fails (%s) at put %i leaves the journal exactly as it was', async (how, at) => {
    const { deps } = await usedJournal();
    const before = await dumpAll(deps);
    const data = parsed(deps);
    failAtPut(deps, at, how);
    await expect(importIntoJournal(deps, data, { job: { jobId: 'j', fileName: 'Connections.csv' } })).rejects.toThrow();
    restore.splice(0).forEach((undo) => undo());
    expect(await dumpAll(deps)).toEqual(before);
  });

  it('without a failure the whole file lands, and progress only grows and ends at what was written', async () => {
    const { deps } = await usedJournal();
    const before = await dumpAll(deps);
    const checked: [number, number][] = [];
    const written: [number, number][] = [];
    const outcome = await importIntoJournal(deps, parsed(deps), { onWriting: (d, t) => written.push([d, t]), onChecked: (d, t) => checked.push([d, t]) });
    const after = await dumpAll(deps);
    expect(outcome).toMatchObject({ peopleAdded: ROWS, peopleMerged: 0 });
    expect(after.people!.length - before.people!.length).toBe(ROWS);
    expect(after.identities!.length - before.identities!.length).toBe(ROWS);
    for (const list of [checked, written]) {
      expect(list.length).toBeGreaterThan(1);
      expect(list.every(([d], i) => i === 0 || d >= list[i - 1]![0])).toBe(true);
      expect(list.at(-1)![0]).toBe(list.at(-1)![1]);
    }
    expect(checked.at(-1)![0]).toBe(ROWS * 2);
    expect(written.at(-1)![0]).toBe(ROWS * 2); // people and identities, nothing else touched
  });

  it('the same import into a large journal (lookups by key, not getAll) finds every person and changes nothing', async () => {
    const { deps } = await testDeps();
    await importIntoJournal(deps, parsed(deps));
    const before = await dumpAll(deps);
    const again = await importIntoJournal(deps, parsed(deps, 100)); // 100 keys against 3,000 records: a get per key
    expect(again).toMatchObject({ peopleAdded: 0, peopleMerged: 0, peopleUnchanged: 100 }); // nothing new: not "merged"
    expect(await dumpAll(deps)).toEqual(before);
  });

  it('the dashboard is told: splitting, reading, checking, comparing, writing, done, each count growing, the last write count the total', async () => {
    const { deps } = await usedJournal();
    const pushes: ProgressPush['payload'][] = [];
    const handlers = importHandlers(deps, (m) => pushes.push(m.payload));
    const res = await sendFile(handlers, 'job-7', 'Connections.csv', csv(ROWS));
    expect(res).toMatchObject({ status: 'imported', rows: ROWS, peopleAdded: ROWS });
    const phases = pushes.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['reading', 'splitting', 'reading', 'checking', 'comparing', 'writing', 'done']);
    // 'reading' is told before the parts are joined and decoded; the decoded text is a step of its own (0 split)
    expect(pushes[0]).toEqual({ job: 'import', phase: 'reading', done: 0, total: 0 });
    expect(pushes[1]).toMatchObject({ job: 'import', phase: 'splitting', done: 0 });
    for (const phase of ['splitting', 'reading', 'checking', 'comparing', 'writing'] as const) {
      const counts = pushes.filter((p) => p.phase === phase).map((p) => p.done);
      expect(counts.every((d, i) => i === 0 || d >= counts[i - 1]!)).toBe(true);
    }
    const lastWrite = pushes.filter((p) => p.phase === 'writing').at(-1)!;
    expect(lastWrite).toMatchObject({ job: 'import', done: ROWS * 2, total: ROWS * 2 });
  });

  it('restore at a few thousand people: export, change, restore gives back the journal record for record; a failure part-way changes nothing', async () => {
    const { deps } = await usedJournal();
    await importIntoJournal(deps, parsed(deps));
    const file = JSON.parse(JSON.stringify(await exportBackup(deps)));
    const exported = await dumpAll(deps);
    await importIntoJournal(deps, parsed(deps, 500, 99)); // the journal moves on
    const moved = await dumpAll(deps);
    failAtPut(deps, WRITE_CHUNK + 1, 'abort');
    await expect(restoreBackup(deps, file)).rejects.toThrow();
    restore.splice(0).forEach((undo) => undo());
    expect(await dumpAll(deps)).toEqual(moved);
    const written: number[] = [];
    await restoreBackup(deps, file, (d) => written.push(d));
    expect(await dumpAll(deps)).toEqual(exported);
    expect(written.at(-1)).toBe(Object.values(exported).reduce((n, list) => n + list.length, 0));
  });
});
