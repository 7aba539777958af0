import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { readInSlices } from '../../../utils/journal/scoring-load';

// The scorer's history reads every record of six stores; in slices, so the worker answers messages in between.
describe('readInSlices', () => {
  it('reads every record of two stores in one transaction, in slices, in key order', async () => {
    const db = await openDB(`slices-${Math.random()}`, 1, {
      upgrade(d) {
        d.createObjectStore('a', { keyPath: 'id' });
        d.createObjectStore('b', { keyPath: 'id' });
      },
    });
    const ids = (n: number, p: string) => Array.from({ length: n }, (_, i) => `${p}${String(i).padStart(5, '0')}`);
    const write = db.transaction(['a', 'b'], 'readwrite');
    for (const id of ids(4_500, 'a')) void write.objectStore('a').put({ id });
    for (const id of ids(2_000, 'b')) void write.objectStore('b').put({ id }); // exactly one slice: a second read finds none
    await write.done;
    const tx = db.transaction(['a', 'b'], 'readonly');
    const [a, b] = await Promise.all([readInSlices(tx.objectStore('a')), readInSlices(tx.objectStore('b'))]);
    await tx.done;
    expect(a.map((r) => (r as { id: string }).id)).toEqual(ids(4_500, 'a'));
    expect(b.map((r) => (r as { id: string }).id)).toEqual(ids(2_000, 'b'));
    db.close();
  });
});
