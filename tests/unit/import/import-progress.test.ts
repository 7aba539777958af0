import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/import';
import { importIntoJournal } from '../../../utils/journal/import-journal';
import { importHandlers } from '../../../utils/journal/import-handlers';
import { LOOKUP_PAGE } from '../../../utils/journal/paged-lookup';
import { PART_BYTES, type ProgressPush } from '../../../utils/messaging/import-protocol';
import { connectionsCsv } from '../../../scripts/bench/import-data';
import { dumpAll, testDeps } from '../helpers/journal';

// Progress of the steps that used to be silent: the file handed over in parts, and the lookups of a re-import inside
// the write transaction (in pages, each page reported, a cancel heard between pages). Behaviour only, no timing.

type Deps = Awaited<ReturnType<typeof testDeps>>['deps'];
const ROWS = 2 * LOOKUP_PAGE + 500; // the lookups take three pages
const csv = (n: number, seed?: number) => new TextEncoder().encode(connectionsCsv(n, seed));
const parsed = (deps: Deps, n = ROWS, seed?: number) => parseImport('Connections.csv', csv(n, seed), deps);
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const grows = (list: readonly number[]) => list.every((d, i) => i === 0 || d >= list[i - 1]!);

describe('comparing with the journal (a re-import)', { timeout: 30_000 }, () => {
  it('is reported page by page, growing to the records of the file compared, and the re-import changes nothing', async () => {
    const { deps } = await testDeps();
    await importIntoJournal(deps, parsed(deps));
    const before = await dumpAll(deps);
    const compared: [number, number][] = [];
    const again = await importIntoJournal(deps, parsed(deps), { onCompared: (d, t) => compared.push([d, t]) });
    expect(again).toMatchObject({ peopleAdded: 0, peopleMerged: ROWS });
    expect(await dumpAll(deps)).toEqual(before);
    // identities, then people: three pages each (the whole store read with getAll, page by page)
    expect(compared.length).toBe(6);
    expect(grows(compared.map(([d]) => d))).toBe(true);
    expect(compared.every(([, t]) => t === ROWS * 2)).toBe(true);
    expect(compared.at(-1)![0]).toBe(ROWS * 2);
  });

  it('by key in a journal much larger than the file: a page of keys at a time, the same outcome', async () => {
    const { deps } = await testDeps();
    await importIntoJournal(deps, parsed(deps));
    const before = await dumpAll(deps);
    const few = LOOKUP_PAGE + 10; // the store holds more than twice as many: a get per key
    const compared: number[] = [];
    const again = await importIntoJournal(deps, parsed(deps, few), { onCompared: (d) => compared.push(d) });
    expect(again).toMatchObject({ peopleAdded: 0, peopleMerged: few });
    expect(await dumpAll(deps)).toEqual(before);
    expect(compared).toEqual([LOOKUP_PAGE, few, few + LOOKUP_PAGE, 2 * few]);
  });

  it('cancelled while comparing: the transaction is aborted, nothing of the import lands', async () => {
    const { deps } = await testDeps();
    await importIntoJournal(deps, parsed(deps));
    const before = await dumpAll(deps);
    const cancel = new AbortController();
    const written: number[] = [];
    const run = importIntoJournal(deps, parsed(deps, ROWS, 7), {
      onCompared: () => cancel.abort(),
      onWriting: (d) => written.push(d),
      signal: cancel.signal,
      job: { jobId: 'j', fileName: 'Connections.csv' },
    });
    await expect(run).rejects.toThrow();
    expect(written).toEqual([]);
    expect(await dumpAll(deps)).toEqual(before);
  });
});

describe('the file handed over in parts', { timeout: 30_000 }, () => {
  it('import/part, then import/run with the last part: the same import as the whole file in one message', async () => {
    const bytes = csv(6000);
    expect(bytes.length).toBeGreaterThan(2 * PART_BYTES);
    const whole = await testDeps();
    const one = await importHandlers(whole.deps)['import/run']({ jobId: 'a', fileName: 'Connections.csv', base64: b64(bytes) }, {} as never);
    const parts = await testDeps();
    const handlers = importHandlers(parts.deps);
    const received: number[] = [];
    let at = 0;
    for (; at + PART_BYTES < bytes.length; at += PART_BYTES) received.push((await handlers['import/part']({ jobId: 'b', base64: b64(bytes.subarray(at, at + PART_BYTES)) }, {} as never)).received);
    const many = await handlers['import/run']({ jobId: 'b', fileName: 'Connections.csv', base64: b64(bytes.subarray(at)) }, {} as never);
    expect(received).toEqual(received.map((_, i) => (i + 1) * PART_BYTES));
    expect(many).toEqual(one);
    expect((await dumpAll(parts.deps)).people!.length).toBe(6000);
  });

  it('parts of another job are dropped: a run gets only its own parts', async () => {
    const { deps } = await testDeps();
    const handlers = importHandlers(deps);
    const bytes = csv(50);
    await handlers['import/part']({ jobId: 'old', base64: b64(csv(10, 3)) }, {} as never);
    await handlers['import/part']({ jobId: 'new', base64: b64(bytes.subarray(0, 100)) }, {} as never);
    const res = await handlers['import/run']({ jobId: 'new', fileName: 'Connections.csv', base64: b64(bytes.subarray(100)) }, {} as never);
    expect(res).toMatchObject({ status: 'imported', rows: 50, peopleAdded: 50 });
    // and a run of the old job afterwards finds none of its parts (only what it carries itself)
    const old = await handlers['import/run']({ jobId: 'old', fileName: 'Connections.csv', base64: b64(csv(5, 4)) }, {} as never);
    expect(old).toMatchObject({ status: 'imported', rows: 5 });
  });

  it('a part while an import runs is refused', async () => {
    const { deps } = await testDeps();
    const pushes: ProgressPush['payload'][] = [];
    const handlers = importHandlers(deps, (m) => pushes.push(m.payload));
    const run = handlers['import/run']({ jobId: 'a', fileName: 'Connections.csv', base64: b64(csv(3000)) }, {} as never);
    await expect(handlers['import/part']({ jobId: 'b', base64: b64(csv(5)) }, {} as never)).rejects.toThrow('already running');
    await run;
    expect(pushes.at(-1)!.phase).toBe('done');
  });
});
