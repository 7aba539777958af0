import { unwrap } from 'idb';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { committed, MARK_EVERY, queueChunks, queuePuts } from '../../../utils/journal/bulk-write';
import { queueCheckedPuts } from '../../../utils/journal/checked-puts';
import { dumpAll, testDeps } from '../helpers/journal';

// The restore's write checks each chunk as it queues it, inside the one transaction: damaged records in any chunk go
// to quarantine, the rest is written; a check that throws part-way, or an abort, leaves the journal as it was.

const Entry = z.object({ id: z.string().min(2), name: z.string() });
const entries = (n: number, bad: (k: number) => boolean = () => false) =>
  Array.from({ length: n }, (_, k) => (bad(k) ? { id: `b${k}`, name: 42 } : { id: `e${k}`, name: `Entry ${k}` }));

async function run(parts: Parameters<typeof queueCheckedPuts>[1], chunk: number) {
  const { deps } = await testDeps();
  const tx = unwrap(deps.db).transaction(['blocklist', 'events', 'quarantine'], 'readwrite');
  const done = committed(tx);
  const progress: [number, number][] = [];
  const out = queueCheckedPuts(tx, parts, 5, (d, t) => progress.push([d, t]), 0, chunk);
  return { deps, done, out, progress };
}

describe('queueCheckedPuts', () => {
  it('writes the valid records of every chunk, quarantines the damaged ones of every chunk, counts per store', async () => {
    const bad = (k: number) => k === 3 || k === 250 || k === 899;
    const { deps, done, out, progress } = await run([
      { store: 'blocklist', shape: Entry, records: entries(900, bad) },
      { store: 'events', shape: Entry, records: [] },
    ], 100);
    await done;
    expect(out.valid).toEqual({ blocklist: 897, events: 0 });
    expect(out.invalid.map((q) => q.key)).toEqual(['b3', 'b250', 'b899']);
    const all = await dumpAll(deps);
    expect(all.blocklist).toHaveLength(897);
    expect(all.quarantine!.map((q) => (q as { key: string }).key).sort()).toEqual(['b250', 'b3', 'b899']);
    expect(progress.every(([d], i) => i === 0 || d >= progress[i - 1]![0])).toBe(true);
    expect(progress.at(-1)).toEqual([900, 900]);
  });

  it('passes over a chunk whose records are all damaged and goes on with the next', async () => {
    const { deps, done, out } = await run([{ store: 'blocklist', shape: Entry, records: entries(300, (k) => k >= 100 && k < 200) }], 100);
    await done;
    expect(out.valid.blocklist).toBe(200);
    expect((await dumpAll(deps)).blocklist).toHaveLength(200);
    expect(out.invalid).toHaveLength(100);
  });

  it('a check that throws in a later chunk aborts the transaction: nothing of the earlier chunks lands', async () => {
    const { deps } = await testDeps();
    await deps.db.put('blocklist', { id: 'kept', name: 'already there' } as never);
    const before = await dumpAll(deps);
    let calls = 0;
    const Throwing = z.custom((v) => {
      if (++calls === 250) throw new Error('the check broke');
      return Entry.safeParse(v).success;
    });
    const tx = unwrap(deps.db).transaction(['blocklist', 'quarantine'], 'readwrite');
    const done = committed(tx);
    tx.objectStore('blocklist').clear();
    queueCheckedPuts(tx, [{ store: 'blocklist', shape: Throwing, records: entries(400) }], 5, undefined, 0, 100);
    await expect(done).rejects.toBeTruthy();
    expect(await dumpAll(deps)).toEqual(before);
  });
});

describe('queueChunks and queuePuts', () => {
  it('report progress from a few puts per chunk, growing, ending at the total, across stores', async () => {
    const { deps } = await testDeps();
    const tx = unwrap(deps.db).transaction(['blocklist', 'events'], 'readwrite');
    const done = committed(tx);
    const progress: number[] = [];
    queuePuts(tx, [{ store: 'blocklist', records: entries(1200) }, { store: 'events', records: entries(700) }], (d) => progress.push(d), 0, 500);
    await done;
    const all = await dumpAll(deps);
    expect([all.blocklist!.length, all.events!.length]).toEqual([1200, 700]);
    expect(progress.length).toBeGreaterThanOrEqual(Math.floor(1900 / MARK_EVERY));
    expect(progress.length).toBeLessThan(1900 / 10);
    expect(progress.every((d, i) => i === 0 || d > progress[i - 1]!)).toBe(true);
    expect(progress.at(-1)).toBe(1900);
  });

  it('ask for the next chunk only while the one before is being written, and stop when there is none', async () => {
    const { deps } = await testDeps();
    const tx = unwrap(deps.db).transaction(['blocklist'], 'readwrite');
    const done = committed(tx);
    const asked: number[] = [];
    let k = 0;
    queueChunks(tx, () => {
      asked.push(k);
      if (k >= 3) return null;
      k++;
      return { store: 'blocklist', records: k === 2 ? [] : entries(10).map((e) => ({ ...e, id: `${e.id}-${k}` })), doneAfter: k * 10 };
    }, 30);
    expect(asked).toEqual([0]); // one chunk queued at first, the next from its middle put
    await done;
    expect(asked).toEqual([0, 1, 2, 3]);
    expect((await dumpAll(deps)).blocklist).toHaveLength(20);
  });
});
