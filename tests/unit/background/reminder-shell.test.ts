import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import de from '../../../public/_locales/de/messages.json';
import { REMINDER_ALARM, reminderShell } from '../../../entrypoints/background/reminder-shell';
import { runReminderAlarm } from '../../../utils/journal/journal-handlers';
import { createPerson, logMeeting } from '../../../utils/journal/meetings';
import { translatorFromMessages } from '../../../utils/i18n';
import { DAY_MS } from '../../../utils/reminders/schedule';
import { testDeps } from '../helpers/journal';

// The shell under the real alarm run: runReminderAlarm hands the due reminders over in one call, the shell shows
// what the plan makes of all of them (utils/reminders/notice-plan.ts has the words).

const tDe = translatorFromMessages(de);
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

async function dueFor(names: string[]) {
  const t = await testDeps();
  for (const name of names) await logMeeting(t.deps, { personId: await createPerson(t.deps, { displayName: name }), at: t.deps.now() });
  const later = await createPerson(t.deps, { displayName: 'Später' }); // due a day after the others: the next alarm
  t.advance(DAY_MS);
  await logMeeting(t.deps, { personId: later, at: t.deps.now() });
  t.advance(DAY_MS); // the follow-ups of `names` are due
  return t;
}

/** The notifications created, in order, and whether the alarm was set when each was. */
function watchNotifications(refuse: (id: string) => boolean = () => false) {
  const created: { id: string; title: string; message: string; alarmSet: boolean }[] = [];
  const create = fakeBrowser.notifications.create;
  const fake = async (id: string, options: { title: string; message: string }) => {
    const alarmSet = (await fakeBrowser.alarms.get(REMINDER_ALARM)) !== undefined;
    created.push({ id, title: options.title, message: options.message, alarmSet });
    if (refuse(id)) throw new Error('notifications unavailable');
    return create(id, options as never);
  };
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(fake as never); // the (id, options) overload
  return created;
}

describe('reminder shell', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => tDe(key as never, subs)) as never);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de-DE');
  });

  it('twelve due at once make one summary, shown after the next alarm is set', async () => {
    const names = ['Anna Adler', 'Bernd Bauer', 'Clara Weiß', 'Dora Dietz', 'Emil Ertl', 'Frieda Fink', 'Gustav Gans', 'Hanna Heck', 'Ida Igel', 'Jan Jung', 'Karl Kraus', 'Lea Lenz'];
    const t = await dueFor(names);
    const created = watchNotifications();
    expect(await runReminderAlarm(t.deps, reminderShell)).toBe(12);
    await settle();
    expect(created).toEqual([
      { id: expect.stringMatching(/^handschlag-reminders-due:/), title: '12 Erinnerungen sind fällig', message: 'Anna Adler, Bernd Bauer, Clara Weiß und 9 weitere Personen', alarmSet: true },
    ]);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([created[0]!.id]);
  });

  it('three keep their own notification each, and one refused does not drop the others', async () => {
    const t = await dueFor(['Anna Adler', 'Bernd Bauer', 'Clara Weiß']);
    const created = watchNotifications((id) => created.length === 1);
    await runReminderAlarm(t.deps, reminderShell);
    await settle();
    expect(created.map((c) => [c.title, c.message.startsWith('Sie haben sich am '), c.alarmSet])).toEqual([
      ['Bei Anna Adler nachfassen', true, true],
      ['Bei Bernd Bauer nachfassen', true, true],
      ['Bei Clara Weiß nachfassen', true, true],
    ]);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(created.slice(1).map((c) => c.id));
  });

  it('alarms that fire apart are shown apart', async () => {
    const t = await dueFor(['Anna Adler']);
    const created = watchNotifications();
    await runReminderAlarm(t.deps, reminderShell);
    await settle();
    t.advance(DAY_MS); // "Später" is due now
    await runReminderAlarm(t.deps, reminderShell);
    await settle();
    expect(created.map((c) => c.title)).toEqual(['Bei Anna Adler nachfassen', 'Bei Später nachfassen']);
  });
});
