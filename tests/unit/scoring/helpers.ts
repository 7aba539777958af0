import { evaluateSignals } from '../../../utils/scoring/score';
import type { Signal } from '../../../utils/scoring/signals';
import { addToState, createState, requestEvent } from '../../../utils/scoring/state/state';
import type { ScoringEvent, ScoringState } from '../../../utils/scoring/state/types';
import type { Reason, RequestInput } from '../../../utils/scoring/types';

export const T0 = Date.UTC(2026, 2, 16, 10, 0, 0);
export const MIN = 60_000;
export const DAY = 24 * 60 * MIN;

let counter = 0;

/** A request with sensible defaults: an ordinary XING profile, a fixed time. */
export function req(overrides: Partial<RequestInput> = {}): RequestInput {
  counter++;
  return {
    id: overrides.id ?? `t-${counter}`,
    text: '',
    platform: 'xing',
    receivedAt: T0,
    ...overrides,
    sender: { key: `sender_${counter}`, name: 'Jana Beispiel', contactCount: 180, memberSince: '2015', ...overrides.sender },
  };
}

/** A state holding the given earlier requests (and any extra events). */
export function stateWith(earlier: RequestInput[] = [], events: ScoringEvent[] = []): ScoringState {
  const state = createState();
  for (const r of earlier) addToState(state, requestEvent(r));
  for (const e of events) addToState(state, e);
  return state;
}

/** Runs one signal over a request (with the shared analysis, as scoreRequest does). */
export function run(signal: Signal, input: RequestInput, state: ScoringState = createState()): Reason | null {
  const { analysis, settings } = evaluateSignals(input, state, { signals: [] });
  return signal.run(input, state, { analysis, settings });
}
