import { describe, expect, it } from 'vitest';
import { inSlices } from '../../../utils/platforms/common/actions/in-slices';

describe('inSlices', () => {
  it('lets the page run whenever a slice is spent, and does every item once, in order', async () => {
    let now = 0;
    const log: string[] = [];
    // Each item takes 6 ms of the injected clock: a, b and c start within the first 15 ms, d after a yield.
    await inSlices(['a', 'b', 'c', 'd', 'e'], (item) => {
      log.push(item);
      now += 6;
    }, async () => void log.push('|'), () => now, 15);
    expect(log).toEqual(['a', 'b', 'c', '|', 'd', 'e']);
  });

  it('does at least one item per slice, even one longer than the slice', async () => {
    let now = 0;
    const log: string[] = [];
    await inSlices([1, 2, 3], (n) => {
      log.push(String(n));
      now += 100;
    }, async () => void log.push('|'), () => now, 15);
    expect(log).toEqual(['1', '|', '2', '|', '3']);
  });

  it('does not yield for a list that fits into one slice', async () => {
    let yields = 0;
    await inSlices([1, 2, 3], () => undefined, async () => void yields++, () => 0, 15);
    expect(yields).toBe(0);
  });
});
