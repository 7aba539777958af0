import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../utils/random';
import { generateBenchNotes } from '../../../utils/scoring/bench-data';
import { scoreRequest } from '../../../utils/scoring/score';
import { buildState, requestEvent } from '../../../utils/scoring/state/state';

describe('bench data', () => {
  it('is deterministic per seed and varied', () => {
    expect(generateBenchNotes(50, 3)).toEqual(generateBenchNotes(50, 3));
    expect(generateBenchNotes(50, 3)).not.toEqual(generateBenchNotes(50, 4));
    const notes = generateBenchNotes(500, 1);
    expect(new Set(notes.map((n) => n.id)).size).toBe(500);
    expect(notes.some((n) => n.text === '')).toBe(true);
    expect(new Set(notes.map((n) => n.text)).size).toBeGreaterThan(200);
    expect(seededRandom(9)()).toBe(seededRandom(9)());
  });

  it('builds a state of many notes that groups template copies and still scores', () => {
    const notes = generateBenchNotes(2_000, 5);
    const state = buildState(notes.slice(0, -1).map(requestEvent));
    expect(state.notes).toHaveLength(1_999);
    expect(state.groups.length).toBeLessThan(state.notes.length);
    const r = scoreRequest(notes[notes.length - 1]!, state);
    expect(r.score).toBeGreaterThanOrEqual(0);
  });
});
