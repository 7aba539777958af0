import { describe, expect, it } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { translatorFromMessages } from '../../../utils/i18n';
import type { DueItem } from '../../../utils/model/reminders';
import { noticePlan, targetOfNotice } from '../../../utils/reminders/notice-plan';

const tDe = translatorFromMessages(de);
const tEn = translatorFromMessages(en);
const NOON = Date.UTC(2026, 2, 13, 12); // 13 March 2026 in every zone a test machine runs in

const NAMES = ['Anna Adler', 'Bernd Bauer', 'Clara Weiß', 'Dora Dietz', 'Emil Ertl', 'Frieda Fink', 'Gustav Gans', 'Hanna Heck', 'Ida Igel', 'Jan Jung', 'Karl Kraus', 'Lea Lenz'];

/** Reminder `i` of person `p`, due `i` minutes after the first: the order the names are named in. */
function item(i: number, name: string, extra: Partial<DueItem> & { kind?: 'follow-up' | 'keep-in-touch'; personId?: string } = {}): DueItem {
  const { kind = 'keep-in-touch', personId = `p${i}`, ...rest } = extra;
  return { reminder: { v: 1, id: `r${i}`, personId, kind, state: 'open', dueAt: NOON + i * 60_000, createdAt: 0 }, name, ...rest };
}
const items = (n: number) => NAMES.slice(0, n).map((name, i) => item(i, name));

describe('noticePlan: how many notifications', () => {
  it.each([
    [0, []],
    [1, ['handschlag-reminder:p0:r0']],
    [3, ['handschlag-reminder:p0:r0', 'handschlag-reminder:p1:r1', 'handschlag-reminder:p2:r2']],
    [4, [`handschlag-reminders-due:r0:${NOON}`]],
    [12, [`handschlag-reminders-due:r0:${NOON}`]],
  ])('%i due at once → %j', (n, ids) => {
    expect(noticePlan(items(n), tEn, 'en-GB').map((notice) => notice.id)).toEqual(ids);
  });
});

describe('noticePlan: a notice of its own names the person and the reminder', () => {
  it.each([
    ['de', item(0, 'Jana Schmidt', { kind: 'follow-up', eventName: 'Hannover Messe', metAt: NOON }), 'Bei Jana Schmidt nachfassen', 'Sie haben sich am 13. März 2026 getroffen (Hannover Messe).'],
    ['en-GB', item(0, 'Jana Schmidt', { kind: 'follow-up', eventName: 'Hannover Messe', metAt: NOON }), 'Follow up with Jana Schmidt', 'You met at Hannover Messe on 13 Mar 2026.'],
    ['de', item(0, 'Jana Schmidt', { kind: 'follow-up', metAt: NOON }), 'Bei Jana Schmidt nachfassen', 'Sie haben sich am 13. März 2026 getroffen.'],
    ['de', item(0, 'Jana Schmidt'), 'Zeit, sich bei Jana Schmidt zu melden', 'Ihre Erinnerung, in Kontakt zu bleiben, ist fällig.'],
    ['en-GB', item(0, 'Jana Schmidt'), 'Time to get in touch with Jana Schmidt', 'Your keep-in-touch reminder is due.'],
  ])('%s: %o', (locale, due, title, message) => {
    expect(noticePlan([due], locale === 'de' ? tDe : tEn, locale)).toEqual([{ id: 'handschlag-reminder:p0:r0', title, message }]);
  });
});

describe('noticePlan: many make one summary', () => {
  it.each([
    ['de', 4, '4 Erinnerungen sind fällig', 'Anna Adler, Bernd Bauer, Clara Weiß und Dora Dietz'],
    ['de', 5, '5 Erinnerungen sind fällig', 'Anna Adler, Bernd Bauer, Clara Weiß und 2 weitere Personen'],
    ['de', 12, '12 Erinnerungen sind fällig', 'Anna Adler, Bernd Bauer, Clara Weiß und 9 weitere Personen'],
    ['en-GB', 4, '4 reminders are due', 'Anna Adler, Bernd Bauer, Clara Weiß and Dora Dietz'],
    ['en-GB', 5, '5 reminders are due', 'Anna Adler, Bernd Bauer, Clara Weiß and 2 others'],
    ['en-GB', 12, '12 reminders are due', 'Anna Adler, Bernd Bauer, Clara Weiß and 9 others'],
    ['en-US', 12, '12 reminders are due', 'Anna Adler, Bernd Bauer, Clara Weiß, and 9 others'],
  ])('%s, %i due', (locale, n, title, message) => {
    const [summary, ...rest] = noticePlan(items(n), locale === 'de' ? tDe : tEn, locale);
    expect(rest).toEqual([]);
    expect(summary).toMatchObject({ title, message });
  });

  it('names the longest due first and each person once, however many of their reminders are due', () => {
    const due = [
      item(5, 'Anna Adler', { personId: 'anna' }),
      item(1, 'Bernd Bauer', { personId: 'bernd', kind: 'follow-up' }),
      item(2, 'Bernd Bauer', { personId: 'bernd' }),
      item(3, 'Clara Weiß', { personId: 'clara' }),
      item(4, 'Clara Weiß', { personId: 'clara', kind: 'follow-up' }),
    ];
    expect(noticePlan(due, tDe, 'de')).toEqual([
      { id: `handschlag-reminders-due:r1:${NOON + 60_000}`, title: '5 Erinnerungen sind fällig', message: 'Bernd Bauer, Clara Weiß und Anna Adler' },
    ]);
  });

  it('names those due at the same time in the order of the alphabet', () => {
    const due = ['Zoë Zander', 'Ölaf Öz', 'anna adler', 'Bernd Bauer'].map((name, i) => ({ ...item(i, name), reminder: { ...item(i, name).reminder, dueAt: NOON } }));
    expect(noticePlan(due, tDe, 'de')[0]!.message).toBe('anna adler, Bernd Bauer, Ölaf Öz und Zoë Zander');
  });

  it('counts a thousand in the words of the locale', () => {
    const many = Array.from({ length: 1234 }, (_, i) => item(i, `Person ${i}`));
    expect(noticePlan(many, tDe, 'de')[0]).toMatchObject({ title: '1.234 Erinnerungen sind fällig', message: 'Person 0, Person 1, Person 2 und 1.231 weitere Personen' });
    expect(noticePlan(many, tEn, 'en-GB')[0]).toMatchObject({ title: '1,234 reminders are due', message: 'Person 0, Person 1, Person 2 and 1,231 others' });
  });
});

describe('names are text', () => {
  // Markup, placeholders of the locale files and of String.replace, quotes and right-to-left text stay as written.
  const ODD = ['<b>Anna</b> & Co', '$1 $A$ $$ $& $`', 'Zoë "Z" O\'Brien', 'محمد علي'];

  it.each(ODD)('a notice of its own: %j', (name) => {
    const [notice] = noticePlan([item(0, name, { kind: 'follow-up' })], tEn, 'en-GB');
    expect(notice!.title).toBe(`Follow up with ${name}`);
  });

  it('a summary', () => {
    const [summary] = noticePlan([...ODD.map((name, i) => item(i, name)), item(9, 'Anna Adler')], tDe, 'de');
    expect(summary!.message).toBe(`${ODD[0]}, ${ODD[1]}, ${ODD[2]} und 2 weitere Personen`);
  });
});

describe('targetOfNotice', () => {
  it('is the person of a notice of its own and the due list of a summary, for the ids the plan makes', () => {
    const own = noticePlan([item(0, 'Anna', { personId: 'id:with/odd%chars' })], tEn, 'en-GB');
    expect(targetOfNotice(own[0]!.id)).toEqual({ kind: 'person', personId: 'id:with/odd%chars' });
    expect(targetOfNotice(noticePlan(items(12), tEn, 'en-GB')[0]!.id)).toEqual({ kind: 'due' });
  });

  it.each([
    ['handschlag-reminder:p7:r1', { kind: 'person', personId: 'p7' }],
    ['handschlag-reminder::r1', null],
    ['handschlag-reminder:p7', null],
    ['handschlag-reminder:%E0%A4%A:r1', null],
    ['other-extension:p7:r1', null],
    ['', null],
  ])('%j → %j', (id, target) => {
    expect(targetOfNotice(id)).toEqual(target);
  });
});
