import { describe, expect, it } from 'vitest';
import { addToState, buildState, createState } from '../../../utils/scoring/state/state';
import { T0 } from './helpers';

describe('scoring state', () => {
  it('builds incrementally, groups identical texts and ignores a replayed request', () => {
    const state = createState();
    const note = (id: string, key: string, text: string, at: number) => ({ type: 'request' as const, requestId: id, senderKey: key, text, receivedAt: at });
    addToState(state, note('a', 'x', 'Hallo Frau Weber, ich würde mich freuen, Sie in meinem Netzwerk begrüßen zu dürfen. Gruß Anna', T0 + 2));
    addToState(state, note('b', 'y', 'Guten Tag Frau Weber, ich würde mich freuen, Sie in meinem Netzwerk begrüßen zu dürfen. VG Bernd', T0));
    addToState(state, note('a', 'x', 'replayed', T0 + 2));
    addToState(state, note('c', 'z', '', T0 + 1));
    expect(state.notes.map((n) => n.requestId)).toEqual(['a', 'b', 'c']);
    expect(state.groups).toHaveLength(1);
    expect(state.groups[0]!.members).toEqual([1, 0]); // in time order (noteOrder), whatever the order they came in
    expect(state.byTime.map((i) => state.notes[i]!.requestId)).toEqual(['b', 'c', 'a']);
    expect(state.notes[2]!.empty).toBe(true);
  });

  it('keeps its lists in time order whatever the order notes come in, as a rebuild from the journal has them', () => {
    const note = (id: string, key: string, text: string, at: number) => ({ type: 'request' as const, requestId: id, senderKey: key, text, receivedAt: at });
    // The same set of word pairs, one text longer than the other: the group takes the earliest note's length.
    const short = note('s', 'x', 'vertrieb marketing beratung vertrieb marketing', T0);
    const long = note('l', 'y', 'vertrieb marketing beratung vertrieb marketing beratung vertrieb marketing', T0 + 5);
    const third = note('t', 'x', 'ganz andere worte hier', T0 + 1);
    const inOrder = buildState([short, third, long]);
    const late = buildState([long, third, short]);
    expect(inOrder.groups.find((g) => g.members.length === 2)!.words).toBe(5);
    expect(late.groups.find((g) => g.members.length === 2)!.words).toBe(5);
    const ids = (state: typeof late, list: number[]) => list.map((i) => state.notes[i]!.requestId);
    expect(ids(late, late.byTime)).toEqual(['s', 't', 'l']);
    expect(ids(late, late.bySender.get('x')!)).toEqual(['s', 't']);
    expect(ids(late, late.groups.find((g) => g.members.length === 2)!.members)).toEqual(['s', 'l']);
  });

  it('adds and forgets verdicts, and tracks the other journal facts', () => {
    const state = buildState([
      { type: 'verdict', requestId: 'r1', verdict: 'spam', at: T0, features: { tokens: ['synergi'], signals: [] } },
      { type: 'met', profileKey: 'anna' },
      { type: 'mutuals', senderKey: 's', mutualKeys: ['anna', 'ben'] },
      { type: 'accepted', senderKey: 's', acceptedAt: T0 },
      { type: 'message', senderKey: 's', at: T0 + 1, text: 'Hallo' },
      { type: 'withdrawn', senderKey: 's', firstSeenAt: T0, withdrawnAt: T0 + 5 },
      { type: 'me', profile: { name: 'Katrin Weber' } },
    ]);
    expect(state.verdicts.size).toBe(1);
    expect(state.myNames).toEqual(['katrin', 'weber']);
    expect(state.accepted.get('s')!.messages).toHaveLength(1);
    const before = state.verdictsVersion;
    addToState(state, { type: 'forget-verdict', requestId: 'r1' });
    expect(state.verdicts.size).toBe(0);
    expect(state.verdictsVersion).toBe(before + 1);
  });

  it('is structured-cloneable plain data', () => {
    const state = buildState([{ type: 'request', requestId: 'a', text: 'Hallo Frau Weber, wie besprochen schicke ich Ihnen das Angebot für die Deckel.', receivedAt: T0 }]);
    const copy = structuredClone(state);
    expect(copy.notes).toEqual(state.notes);
    expect(copy.groups[0]!.shingles).toEqual(state.groups[0]!.shingles);
    expect(copy.lsh).toEqual(state.lsh);
  });
});
