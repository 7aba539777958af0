import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/import';
import { importIntoJournal } from '../../../utils/journal/import-journal';
import { importHandlers } from '../../../utils/journal/import-handlers';
import { UPLOAD_IDLE_MS } from '../../../utils/journal/import-upload';
import { LOOKUP_PAGE } from '../../../utils/journal/paged-lookup';
import { PART_BYTES, type ProgressPush } from '../../../utils/messaging/import-protocol';
import { connectionsCsv } from '../../../scripts/bench/import-data';
import { dumpAll, testDeps } from '../helpers/journal';
import { partsOf, sendFile } from './send-file';

// Progress of the steps that used to be silent: the file handed over in parts, and the lookups of a re-import inside
// the write transaction (in pages, each page reported, a cancel heard between pages). Behaviour only, no timing.

type Deps = Awaited<ReturnType<typeof testDeps>>['deps'];
const ROWS = 2 * LOOKUP_PAGE + LOOKUP_PAGE / 2; // the lookups take three pages (the last one half full)
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
    expect(again).toMatchObject({ peopleAdded: 0, peopleMerged: 0, peopleUnchanged: ROWS });
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
    expect(again).toMatchObject({ peopleAdded: 0, peopleMerged: 0, peopleUnchanged: few });
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
  it('import/part with every part, then import/run naming the size: the same import as the whole file in one part', async () => {
    const bytes = csv(6000);
    expect(bytes.length).toBeGreaterThan(2 * PART_BYTES);
    const whole = await testDeps();
    const wholeHandlers = importHandlers(whole.deps);
    await wholeHandlers['import/part']({ jobId: 'a', at: 0, base64: b64(bytes) }, {} as never);
    const one = await wholeHandlers['import/run']({ jobId: 'a', fileName: 'Connections.csv', size: bytes.length }, {} as never);
    const parts = await testDeps();
    const handlers = importHandlers(parts.deps);
    const received: number[] = [];
    for (const part of partsOf('b', bytes)) received.push((await handlers['import/part'](part, {} as never)).received);
    const many = await handlers['import/run']({ jobId: 'b', fileName: 'Connections.csv', size: bytes.length }, {} as never);
    expect(received).toEqual(received.map((_, i) => Math.min((i + 1) * PART_BYTES, bytes.length)));
    expect(many).toEqual(one);
    expect((await dumpAll(parts.deps)).people!.length).toBe(6000);
  });

  it('a part at 0 of another job drops old parts that stopped coming: a run gets only its own, and the old job no longer adds up', async () => {
    const { deps, advance } = await testDeps();
    const handlers = importHandlers(deps);
    const bytes = csv(50);
    const old = csv(10, 3);
    await handlers['import/part']({ jobId: 'old', at: 0, base64: b64(old) }, {} as never);
    // Another tab's file while the old one's parts still come: refused, the old parts are kept.
    await expect(handlers['import/part']({ jobId: 'new', at: 0, base64: b64(bytes) }, {} as never)).rejects.toMatchObject({ code: 'job-running' });
    advance(UPLOAD_IDLE_MS - 1);
    await expect(handlers['import/part']({ jobId: 'new', at: 0, base64: b64(bytes) }, {} as never)).rejects.toMatchObject({ code: 'job-running' });
    advance(1); // the old tab was closed: its parts no longer come
    const res = await sendFile(handlers, 'new', 'Connections.csv', bytes);
    expect(res).toMatchObject({ status: 'imported', rows: 50, peopleAdded: 50 });
    const before = await dumpAll(deps);
    await expect(handlers['import/run']({ jobId: 'old', fileName: 'Connections.csv', size: old.length }, {} as never)).rejects.toThrow(`did not arrive whole (0 of ${old.length} bytes)`);
    expect(await dumpAll(deps)).toEqual(before);
  });

  it('import/run without all its parts (a part lost, or the worker stopped between parts) is refused, tells nothing and changes nothing', async () => {
    const { deps } = await testDeps();
    await importIntoJournal(deps, parsed(deps, 20));
    const before = await dumpAll(deps);
    const pushes: ProgressPush['payload'][] = [];
    const handlers = importHandlers(deps, (m) => pushes.push(m.payload));
    const bytes = csv(6000, 5);
    const [first, second] = partsOf('j', bytes);
    await handlers['import/part'](first!, {} as never);
    await handlers['import/part'](second!, {} as never);
    const run = handlers['import/run']({ jobId: 'j', fileName: 'Connections.csv', size: bytes.length }, {} as never);
    await expect(run).rejects.toThrow(`the file did not arrive whole (${2 * PART_BYTES} of ${bytes.length} bytes): nothing was imported`);
    // a fresh worker holds no parts at all
    const fresh = importHandlers(deps);
    await expect(fresh['import/run']({ jobId: 'j', fileName: 'Connections.csv', size: bytes.length }, {} as never)).rejects.toThrow(`(0 of ${bytes.length} bytes)`);
    expect(pushes).toEqual([]);
    expect(await dumpAll(deps)).toEqual(before);
    expect(await handlers['import/progress']({}, {} as never)).toMatchObject({ job: 'idle' });
  });

  it('a part out of order is refused: the run then does not add up', async () => {
    const { deps } = await testDeps();
    const handlers = importHandlers(deps);
    const bytes = csv(6000);
    const [first, , third] = partsOf('j', bytes);
    await handlers['import/part'](first!, {} as never);
    await expect(handlers['import/part'](third!, {} as never)).rejects.toThrow('out of order');
    await expect(handlers['import/part']({ ...first!, jobId: 'other', at: PART_BYTES }, {} as never)).rejects.toThrow('out of order');
    await expect(handlers['import/run']({ jobId: 'j', fileName: 'Connections.csv', size: bytes.length }, {} as never)).rejects.toThrow('did not arrive whole');
    expect((await dumpAll(deps)).people).toEqual([]);
  });

  it('an empty file needs no part: it is read (and refused as a file of no known kind)', async () => {
    const { deps } = await testDeps();
    const res = await importHandlers(deps)['import/run']({ jobId: 'e', fileName: 'empty.csv', size: 0 }, {} as never);
    expect(res).toMatchObject({ status: 'refused', format: null });
  });

  it('the pages are told "reading" before the parts are joined and decoded, then the decoded text (0 split), then the splitting', async () => {
    const { deps } = await testDeps();
    const pushes: ProgressPush['payload'][] = [];
    const handlers = importHandlers(deps, (m) => pushes.push(m.payload));
    const bytes = csv(3000);
    for (const part of partsOf('r', bytes)) await handlers['import/part'](part, {} as never);
    const run = handlers['import/run']({ jobId: 'r', fileName: 'Connections.csv', size: bytes.length }, {} as never);
    // before the first turn of the event loop: told, and nothing parsed yet
    expect(pushes).toEqual([{ job: 'import', phase: 'reading', done: 0, total: 0 }]);
    await run;
    const text = new TextDecoder().decode(bytes).length;
    expect(pushes[1]).toEqual({ job: 'import', phase: 'splitting', done: 0, total: text });
    expect(pushes.findIndex((p) => p.phase === 'splitting' && p.done > 0)).toBeGreaterThan(1);
  });

  it('a part while an import runs is refused', async () => {
    const { deps } = await testDeps();
    const pushes: ProgressPush['payload'][] = [];
    const handlers = importHandlers(deps, (m) => pushes.push(m.payload));
    const bytes = csv(3000);
    for (const part of partsOf('a', bytes)) await handlers['import/part'](part, {} as never);
    const run = handlers['import/run']({ jobId: 'a', fileName: 'Connections.csv', size: bytes.length }, {} as never);
    await expect(handlers['import/part']({ jobId: 'b', at: 0, base64: b64(csv(5)) }, {} as never)).rejects.toThrow('already running');
    await run;
    expect(pushes.at(-1)!.phase).toBe('done');
  });

  it('cancelled before the first step: nothing is read or written, and the parts are let go', async () => {
    const { deps } = await testDeps();
    const handlers = importHandlers(deps);
    const bytes = csv(100);
    for (const part of partsOf('c', bytes)) await handlers['import/part'](part, {} as never);
    const run = handlers['import/run']({ jobId: 'c', fileName: 'Connections.csv', size: bytes.length }, {} as never);
    await handlers['import/cancel']({}, {} as never);
    await expect(run).rejects.toThrow();
    expect((await dumpAll(deps)).people).toEqual([]);
    await expect(handlers['import/run']({ jobId: 'c', fileName: 'Connections.csv', size: bytes.length }, {} as never)).rejects.toThrow('did not arrive whole');
  });
});
