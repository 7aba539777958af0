import { describe, expect, it } from 'vitest';
import { diffRequestList, SEEN_REFRESH_MS, type ObservedRequest } from '../../../utils/journal/request-diff';
import type { RequestRecord } from '../../../utils/model/requests';

const NOW = Date.UTC(2026, 10, 23, 12);
const DAY = 86_400_000;

const rec = (key: string, sentDaysAgo: number, state: RequestRecord['state'] = 'pending', lastSeenAgo = DAY): RequestRecord => ({
  v: 1,
  id: `r-${key}`,
  platform: 'xing',
  direction: 'received',
  personId: `p-${key}`,
  key,
  note: '',
  firstSeenAt: NOW - sentDaysAgo * DAY,
  lastSeenAt: NOW - lastSeenAgo,
  sentAt: { from: NOW - (sentDaysAgo + 1) * DAY, to: NOW - sentDaysAgo * DAY },
  state,
  history: [{ state, at: { from: NOW - sentDaysAgo * DAY, to: NOW - sentDaysAgo * DAY }, by: 'observed' }],
});
const seen = (key: string, daysAgo?: number): ObservedRequest => ({
  key,
  name: key,
  note: '',
  ...(daysAgo !== undefined ? { time: { text: `${daysAgo} days ago`, range: { from: NOW - (daysAgo + 1) * DAY, to: NOW - daysAgo * DAY } } } : {}),
});

describe('diffRequestList', () => {
  const rows: [string, RequestRecord[], ObservedRequest[], unknown[]][] = [
    ['a new request is created', [], [seen('A', 1)], [{ kind: 'create', observed: seen('A', 1) }]],
    ['a pending request seen again moves lastSeenAt', [rec('A', 3)], [seen('A', 3)], [{ kind: 'seen', id: 'r-A' }]],
    ['a pending request seen again within minutes writes nothing', [rec('A', 3, 'pending', SEEN_REFRESH_MS - 1)], [seen('A', 3)], []],
    [
      'a missing request between visible ones was withdrawn',
      [rec('NEW', 1), rec('GONE', 3), rec('OLD', 5)],
      [seen('NEW', 1), seen('OLD', 5)],
      [{ kind: 'seen', id: 'r-NEW' }, { kind: 'seen', id: 'r-OLD' }, { kind: 'withdrawn', id: 'r-GONE', window: { from: NOW - DAY, to: NOW } }],
    ],
    [
      'a missing request older than everything visible may just not be loaded yet',
      [rec('NEW', 1), rec('OLDEST', 30)],
      [seen('NEW', 1)],
      [{ kind: 'seen', id: 'r-NEW' }],
    ],
    ['an empty list means every pending request is gone', [rec('A', 2)], [], [{ kind: 'withdrawn', id: 'r-A', window: { from: NOW - DAY, to: NOW } }]],
    ['a closed request is not withdrawn again', [rec('A', 2, 'accepted')], [], []],
    ['the same person after a withdrawal is a re-send', [rec('A', 9, 'withdrawn')], [seen('A', 0)], [{ kind: 'create', observed: seen('A', 0), resendOf: 'r-A' }]],
    ['a card shown twice counts once', [], [seen('A', 1), seen('A', 1)], [{ kind: 'create', observed: seen('A', 1) }]],
  ];
  // These lists were read whole: the page's keys come with them, as the content script sends them.
  it.each(rows)('%s', (_name, latest, observed, ops) => {
    expect(diffRequestList(latest, observed, NOW, observed.map((o) => o.key))).toEqual(ops);
  });

  // Issue 13, break 1: a card the parser skipped (unreadable: a 240-character name, a missing field) was taken
  // for a withdrawal, and a list whose every card was skipped for "everyone withdrew".
  const unproven: [string, RequestRecord[], ObservedRequest[], unknown[]][] = [
    ['an unreadable card between visible ones leaves its record alone', [rec('NEW', 1), rec('UNREADABLE', 3), rec('OLD', 5)], [seen('NEW', 1), seen('OLD', 5)], [{ kind: 'seen', id: 'r-NEW' }, { kind: 'seen', id: 'r-OLD' }]],
    ['a list of only unreadable cards proves no withdrawal', [rec('A', 2), rec('B', 3)], [], []],
    ['new cards are still recorded from a list not read whole', [rec('A', 2)], [seen('C', 0)], [{ kind: 'create', observed: seen('C', 0) }]],
  ];
  it.each(unproven)('without the whole list: %s', (_name, latest, observed, ops) => {
    expect(diffRequestList(latest, observed, NOW)).toEqual(ops);
  });

  it('takes the whole list from all its parts: a card sent in an earlier part is not withdrawn', () => {
    // Part 2 of 2 holds only OLD; NEW came in part 1 (so it has a pending record now); GONE is on no part.
    const latest = [rec('NEW', 1, 'pending', 0), rec('GONE', 3), rec('OLD', 5)];
    expect(diffRequestList(latest, [seen('OLD', 5)], NOW, ['NEW', 'OLD'])).toEqual([
      { kind: 'seen', id: 'r-OLD' },
      { kind: 'withdrawn', id: 'r-GONE', window: { from: NOW - DAY, to: NOW } },
    ]);
  });
});
