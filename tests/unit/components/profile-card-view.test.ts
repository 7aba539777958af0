import { describe, expect, it } from 'vitest';
import { cardView } from '../../../components/inpage/profile-card-view';
import type { ProfileCardData } from '../../../utils/messaging/card-protocol';
import { translatorFromMessages } from '../../../utils/i18n';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

const tEn = translatorFromMessages(en);
const tDe = translatorFromMessages(de);
const NOW = Date.UTC(2026, 2, 20, 9);
const DAY = 86_400_000;
const MET = Date.UTC(2026, 2, 14, 12);

const data = (over: Partial<ProfileCardData> = {}, summary: Partial<ProfileCardData['summary']> = {}): ProfileCardData => ({
  personId: 'p1',
  name: 'Anna Berg',
  summary: { openReminders: [], blocked: false, meetings: 0, ...summary },
  notes: '',
  tags: [],
  sites: ['xing'],
  ...over,
});
const lines = (d: ProfileCardData, t = tEn, locale = 'en-GB') => cardView(d, { t, locale, now: NOW }).lines.map((l) => [l.id, l.tone, l.text]);

describe('the recognition card view', () => {
  it.each<[string, ProfileCardData, [string, string, string][]]>([
    ['met at an event, with place', data({}, { lastMet: { at: MET, eventName: 'AUFSCHWUNG-Messe', place: 'Frankfurt' }, lastInteraction: { kind: 'met', at: MET }, meetings: 1 }), [['met', 'lead', 'Met at AUFSCHWUNG-Messe on 14 Mar 2026 in Frankfurt']]],
    ['met without an event, two meetings', data({}, { lastMet: { at: MET }, lastInteraction: { kind: 'met', at: MET }, meetings: 2 }), [['met', 'lead', 'Met on 14 Mar 2026'], ['meetings', 'plain', '2 meetings logged']]],
    ['a later contact than the meeting', data({}, { lastMet: { at: MET }, lastInteraction: { kind: 'message-sent', at: MET + 2 * DAY }, meetings: 1 }), [['met', 'lead', 'Met on 14 Mar 2026'], ['last', 'plain', 'Last contact: message sent, 16 Mar 2026']]],
    ['not met, only notes', data({ notes: 'Buyer at Miele' }), [['met', 'plain', 'No meeting logged yet.']]],
    ['an overdue follow-up and a coming keep-in-touch', data({}, { openReminders: [{ id: 'r1', kind: 'follow-up', dueAt: NOW - DAY }, { id: 'r2', kind: 'keep-in-touch', dueAt: NOW + 30 * DAY }] }), [
      ['met', 'plain', 'No meeting logged yet.'],
      ['reminder-r1', 'warn', 'Follow-up overdue since 19 Mar 2026'],
      ['reminder-r2', 'plain', 'Get in touch by 19 Apr 2026'],
    ]],
    ['a follow-up and a keep-in-touch due earlier today: due today, not overdue since today', data({}, { openReminders: [{ id: 'r1', kind: 'follow-up', dueAt: NOW - 3_600_000 }, { id: 'r2', kind: 'keep-in-touch', dueAt: NOW }] }), [
      ['met', 'plain', 'No meeting logged yet.'],
      ['reminder-r1', 'warn', 'Follow-up due today'],
      ['reminder-r2', 'warn', 'Time to get in touch (due today)'],
    ]],
    ['a collector verdict', data({}, { verdict: 'collector' }), [['met', 'plain', 'No meeting logged yet.'], ['verdict', 'warn', 'Your verdict: contact collector']]],
    ['blocked with reason and date, known on both sites', data({ block: { reason: 'Sammler', at: Date.UTC(2026, 0, 5) }, sites: ['linkedin', 'xing'] }, { blocked: true }), [
      ['met', 'plain', 'No meeting logged yet.'],
      ['blocked', 'danger', 'On your blocklist since 5 Jan 2026: Sammler'],
      ['sites', 'plain', 'The same person on XING and LinkedIn'],
    ]],
  ])('%s', (_name, input, expected) => {
    expect(lines(input)).toEqual(expected);
  });

  it('lists three reminders and counts the rest in the right plural', () => {
    const reminders = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, kind: 'follow-up' as const, dueAt: NOW + (i + 1) * DAY }));
    expect(lines(data({}, { openReminders: reminders(4) })).at(-1)).toEqual(['reminders-more', 'plain', '1 more reminder in the journal']);
    expect(lines(data({}, { openReminders: reminders(5) })).at(-1)).toEqual(['reminders-more', 'plain', '2 more reminders in the journal']);
    expect(lines(data({}, { openReminders: reminders(4) }), tDe, 'de-DE').at(-1)).toEqual(['reminders-more', 'plain', '1 weitere Erinnerung im Journal']);
  });

  it('says "due today" in German too', () => {
    const today = data({}, { openReminders: [{ id: 'r1', kind: 'follow-up', dueAt: NOW - 60_000 }, { id: 'r2', kind: 'keep-in-touch', dueAt: NOW - 60_000 }] });
    expect(lines(today, tDe, 'de-DE').slice(1)).toEqual([
      ['reminder-r1', 'warn', 'Nachfassen heute fällig'],
      ['reminder-r2', 'warn', 'Zeit, sich zu melden (heute fällig)'],
    ]);
  });

  it('speaks German with Sie and month names', () => {
    const view = cardView(data({ tags: ['messe', 'kunde'] }, { lastMet: { at: MET, eventName: 'AUFSCHWUNG-Messe' }, meetings: 1, blocked: true }), { t: tDe, locale: 'de-DE', now: NOW });
    expect(view.lines.map((l) => l.text)).toEqual(['Getroffen: AUFSCHWUNG-Messe, 14. März 2026', 'Auf Ihrer Sperrliste']);
    expect(view.label).toBe('Handschlag: was Sie über Anna Berg wissen');
    expect(view.tags).toBe('Schlagwörter: messe, kunde');
  });

  it('shows the last meeting\'s note before the person\'s own notes, and no empty ones', () => {
    expect(cardView(data({ notes: 'Buyer', metNotes: 'Audits' }), { t: tEn, locale: 'en', now: NOW }).notes).toEqual(['Audits', 'Buyer']);
    expect(cardView(data(), { t: tEn, locale: 'en', now: NOW }).notes).toEqual([]);
  });

  it('a profile only on the blocklist: named by the block, nothing to open', () => {
    const view = cardView(data({ personId: undefined, name: '', sites: ['xing'] }, { blocked: true }), { t: tEn, locale: 'en', now: NOW });
    expect(view).toMatchObject({ title: 'On your blocklist', canOpen: false, label: 'Handschlag: this profile is on your blocklist' });
    expect(view.lines.map((l) => l.id)).toEqual(['blocked']);
  });
});
