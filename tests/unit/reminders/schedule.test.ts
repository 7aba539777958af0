import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../utils/model/reminders';
import { cadenceFor, completed, DAY_MS, followUpAnswered, followUpDue, keepInTouchDue, needsNotice, nextWake, oneFollowUp, snoozed } from '../../../utils/reminders/schedule';

const NOW = Date.UTC(2026, 2, 16, 9, 0, 0);
const base = (over: Partial<Reminder> = {}): Reminder => ({ v: 1, id: 'r', personId: 'p', kind: 'follow-up', state: 'open', dueAt: NOW, createdAt: NOW - DAY_MS, since: NOW - 2 * DAY_MS, ...over });

describe('followUpDue', () => {
  it.each([
    ['meeting today, 2 days', NOW, 2, NOW + 2 * DAY_MS],
    ['meeting 3 days ago: due now, not in the past', NOW - 3 * DAY_MS, 2, NOW],
    ['fraction of a day (a shortened delay)', NOW, 1 / 1440, NOW + 60_000],
    ['zero days', NOW, 0, NOW],
  ])('%s', (_name, at, days, due) => expect(followUpDue(at, NOW, days)).toBe(due));
});

describe('followUpAnswered', () => {
  it.each([
    ['no contact since', base(), [], false],
    ['contact before the meeting only', base(), [NOW - 3 * DAY_MS], false],
    ['a message after the meeting', base(), [NOW - DAY_MS], true],
    ['keep-in-touch is never answered away', base({ kind: 'keep-in-touch' }), [NOW], false],
  ] as const)('%s', (_name, reminder, times, answered) => expect(followUpAnswered(reminder, times)).toBe(answered));
});

describe('oneFollowUp: one open follow-up per person', () => {
  const fu = (id: string, since: number, createdAt = since) => base({ id, since, createdAt });
  it.each([
    ['none', [], undefined, []],
    ['one stays', [fu('a', NOW)], 'a', []],
    ['the later meeting stays', [fu('fri', NOW - DAY_MS), fu('sat', NOW)], 'sat', ['fri']],
    ['an earlier day logged afterwards does not replace the later meeting', [fu('sat', NOW, NOW), fu('fri', NOW - DAY_MS, NOW + 5000)], 'sat', ['fri']],
    ['the same meeting time: the one logged later stays', [fu('x', NOW, NOW + 1), fu('y', NOW, NOW)], 'x', ['y']],
    ['all else equal: by id, whatever the order given', [fu('b', NOW), fu('a', NOW), fu('c', NOW)], 'c', ['b', 'a']],
  ] as const)('%s', (_name, open, keep, settle) => {
    const result = oneFollowUp(open);
    expect([result.keep?.id, result.settle.map((r) => r.id)]).toEqual([keep, settle]);
  });
});

describe('needsNotice (never twice)', () => {
  it.each([
    ['due, not announced', base(), true],
    ['not yet due', base({ dueAt: NOW + 1 }), false],
    ['announced for this due time', base({ notifiedAt: NOW }), false],
    ['announced before a snooze moved it', base({ dueAt: NOW, notifiedAt: NOW - DAY_MS }), true],
    ['done', base({ state: 'done' }), false],
    ['cancelled', base({ state: 'cancelled' }), false],
  ] as const)('%s', (_name, reminder, expected) => expect(needsNotice(reminder, NOW)).toBe(expected));
});

describe('nextWake', () => {
  it.each([
    ['nothing open', [base({ state: 'done' })], null],
    ['one later', [base({ dueAt: NOW + 5000 }), base({ dueAt: NOW + 9000 })], NOW + 5000],
    ['something due unannounced wakes now', [base({ dueAt: NOW + 5000 }), base({ dueAt: NOW - 1 })], NOW],
    ['announced ones do not wake', [base({ dueAt: NOW - 1, notifiedAt: NOW - 1 })], null],
  ] as const)('%s', (_name, reminders, expected) => expect(nextWake(reminders, NOW)).toBe(expected));
});

describe('snooze and done', () => {
  it('snooze moves the due time, reopens the notice, and never into the past', () => {
    expect(snoozed(base({ notifiedAt: NOW }), NOW + DAY_MS, NOW)).toMatchObject({ dueAt: NOW + DAY_MS, state: 'open' });
    expect(snoozed(base({ notifiedAt: NOW }), NOW + DAY_MS, NOW).notifiedAt).toBeUndefined();
    expect(snoozed(base(), NOW - DAY_MS, NOW).dueAt).toBe(NOW + 60_000);
  });
  it('done closes a follow-up and starts the next round of a cadence', () => {
    expect(completed(base(), NOW)).toMatchObject({ state: 'done', closedAt: NOW });
    const next = completed(base({ kind: 'keep-in-touch', everyDays: 90, notifiedAt: NOW }), NOW);
    expect(next).toMatchObject({ state: 'open', dueAt: NOW + 90 * DAY_MS });
    expect(next.notifiedAt).toBeUndefined();
  });
});

describe('cadences', () => {
  it.each([
    ['none', undefined, ['messe'], {}, null],
    ["the person's own wins", 30, ['messe'], { messe: 7 }, { everyDays: 30 }],
    ['the shortest tag', undefined, ['a', 'b', 'c'], { a: 90, b: 30 }, { everyDays: 30, tag: 'b' }],
  ] as const)('%s', (_name, own, tags, cadences, expected) => expect(cadenceFor(own, tags, cadences)).toEqual(expected));
  it('keep-in-touch is due a cadence after the last interaction, or after it was set', () => {
    expect(keepInTouchDue(NOW - 10 * DAY_MS, NOW, 30)).toBe(NOW + 20 * DAY_MS);
    expect(keepInTouchDue(undefined, NOW, 30)).toBe(NOW + 30 * DAY_MS);
  });
});
