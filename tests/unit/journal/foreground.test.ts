import { describe, expect, it } from 'vitest';
import { foreground } from '../../../utils/journal/foreground';

describe('foreground: background work waits for the messages being answered', () => {
  it('is quiet at once when nothing ran, and only after an answer ends and the quiet time passed', async () => {
    let clock = 0;
    const fg = foreground(100, () => clock);
    const events: string[] = [];
    await fg.quiet();
    events.push('quiet at start');
    let finish!: () => void;
    const answer = fg.run(() => new Promise<void>((resolve) => (finish = resolve)));
    const waiting = fg.quiet().then(() => events.push('quiet after the answer'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual(['quiet at start']); // an answer is running
    clock = 1000;
    finish();
    await answer;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual(['quiet at start']); // ended at 1000: quiet from 1100
    clock = 1100;
    await waiting;
    expect(events).toEqual(['quiet at start', 'quiet after the answer']);
  });

  it('passes on the answer and its failure', async () => {
    const fg = foreground(0);
    expect(await fg.run(async () => 42)).toBe(42);
    await expect(fg.run(async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await fg.quiet(); // a failed answer ended too
  });
});
