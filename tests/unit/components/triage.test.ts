import { describe, expect, it } from 'vitest';
import type { RequestView } from '../../../components/popup/request-view';
import { arrange, DEFAULT_TRIAGE, relativeTime } from '../../../components/popup/triage';

const NOW = Date.UTC(2026, 10, 23, 12);
const DAY = 86_400_000;
const item = (id: string, band: 'genuine' | 'unclear' | 'collector' | undefined, value: number, daysAgo: number, extra: Partial<RequestView> = {}): RequestView => ({
  id,
  platform: 'xing',
  name: id,
  note: '',
  profileUrl: `https://www.xing.com/profile/${id}`,
  seenAt: NOW - daysAgo * DAY,
  ...(band ? { score: { value, band, reasons: [] } } : {}),
  ...extra,
});

const ITEMS = [
  item('spam1', 'collector', 95, 0),
  item('spam2', 'collector', 80, 1),
  item('spam3', 'collector', 70, 3),
  item('real', 'genuine', 10, 4),
  item('maybe', 'unclear', 50, 0),
  item('unscored', undefined, 0, 2),
  item('liRealNew', 'genuine', 20, 1, { platform: 'linkedin' }),
  item('markedGenuine', 'collector', 75, 5, { verdict: 'genuine' }),
  item('markedSpam', 'unclear', 40, 0, { verdict: 'spam' }),
];
const ids = (list: RequestView[]) => list.map((i) => i.id);

describe('popup triage order', () => {
  it.each([
    ['suggested: genuine (incl. marked genuine) newest first, then unclear, unscored; collectors folded by score', DEFAULT_TRIAGE, ['liRealNew', 'real', 'markedGenuine', 'maybe', 'unscored'], ['spam1', 'spam2', 'spam3', 'markedSpam']],
    ['one site', { ...DEFAULT_TRIAGE, platform: 'linkedin' as const }, ['liRealNew'], []],
    ['a band filter shows that band unfolded', { ...DEFAULT_TRIAGE, band: 'collector' as const }, ['spam1', 'spam2', 'markedGenuine', 'spam3'], []],
    ['newest first', { ...DEFAULT_TRIAGE, sort: 'newest' as const }, ['spam1', 'maybe', 'markedSpam', 'spam2', 'liRealNew', 'unscored', 'spam3', 'real', 'markedGenuine'], []],
    ['highest score first', { ...DEFAULT_TRIAGE, sort: 'score' as const }, ['spam1', 'spam2', 'markedGenuine', 'spam3', 'maybe', 'markedSpam', 'liRealNew', 'real', 'unscored'], []],
    // Issue 17 §3: filter by date too.
    ['arrived in the last 24 hours (a day ago to the minute is kept)', { ...DEFAULT_TRIAGE, age: 'day' as const }, ['liRealNew', 'maybe'], ['spam1', 'spam2', 'markedSpam']],
    ['arrived in the last day, newest first (a day ago is the edge, kept)', { ...DEFAULT_TRIAGE, age: 'day' as const, sort: 'newest' as const }, ['spam1', 'maybe', 'markedSpam', 'spam2', 'liRealNew'], []],
    ['arrived in the last 7 days: all of them', { ...DEFAULT_TRIAGE, age: 'week' as const }, ['liRealNew', 'real', 'markedGenuine', 'maybe', 'unscored'], ['spam1', 'spam2', 'spam3', 'markedSpam']],
    ['arrived in the last 7 days, on one site', { ...DEFAULT_TRIAGE, age: 'week' as const, platform: 'linkedin' as const }, ['liRealNew'], []],
  ])('%s', (_name, options, main, folded) => {
    const res = arrange(ITEMS, options, NOW);
    expect(ids(res.main)).toEqual(main);
    expect(ids(res.folded)).toEqual(folded);
  });

  it('says when a request arrived in the UI language', () => {
    expect(relativeTime(NOW - 2 * DAY, NOW, 'en')).toBe('2 days ago');
    expect(relativeTime(NOW - 2 * DAY, NOW, 'de')).toBe('vorgestern');
    expect(relativeTime(NOW - 3 * 3_600_000, NOW, 'de')).toBe('vor 3 Stunden');
  });
});
