import { describe, expect, it } from 'vitest';
import { derived } from '../../../utils/journal/derived';

describe('derived: a value kept until the next write', () => {
  it('builds once, builds again after invalidate, and counts the invalidations', async () => {
    let builds = 0;
    const value = derived(async () => ++builds);
    expect(value.generation()).toBe(0);
    expect(await value.get()).toBe(1);
    expect(await value.get()).toBe(1);
    value.invalidate();
    expect(value.generation()).toBe(1);
    expect(await value.get()).toBe(2);
  });

  it('forgets a failed build, so the next ask tries again', async () => {
    let fail = true;
    const value = derived(async () => {
      if (fail) throw new Error('read failed');
      return 'ok';
    });
    await expect(value.get()).rejects.toThrow('read failed');
    fail = false;
    expect(await value.get()).toBe('ok');
  });
});
