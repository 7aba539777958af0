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

describe('derived: brought up to date after a write that only added', () => {
  it('steps the held value forward and counts it as an invalidation', async () => {
    let builds = 0;
    const value = derived(async () => ({ n: 10 * ++builds }));
    expect(await value.get()).toEqual({ n: 10 });
    value.update(async (v) => ({ n: v.n + 1 }));
    expect(value.generation()).toBe(1);
    expect(await value.get()).toEqual({ n: 11 });
    value.update(async (v) => ({ n: v.n + 1 }));
    expect(await value.get()).toEqual({ n: 12 });
    expect(builds).toBe(1);
  });

  it('builds anew where the step cannot tell (null) or fails', async () => {
    let builds = 0;
    const value = derived(async () => 10 * ++builds);
    await value.get();
    value.update(async () => null);
    expect(await value.get()).toBe(20);
    value.update(async () => {
      throw new Error('read failed');
    });
    expect(await value.get()).toBe(30);
  });

  it('holds nothing yet: the next ask builds, the step is not run', async () => {
    let steps = 0;
    const value = derived(async () => 1);
    value.update(async (v) => (steps++, v + 1));
    expect(await value.get()).toBe(1);
    expect(steps).toBe(0);
  });

  it('an invalidation after the step wins over it', async () => {
    let builds = 0;
    const value = derived(async () => 10 * ++builds);
    await value.get();
    value.update(async (v) => v + 1);
    value.invalidate();
    expect(await value.get()).toBe(20);
  });
});
