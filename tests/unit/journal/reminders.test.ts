import { beforeEach, describe, expect, it } from 'vitest';
import { runReminderAlarm, type ReminderShell } from '../../../utils/journal/journal-handlers';
import { logMeeting } from '../../../utils/journal/meetings';
import { recordMessages } from '../../../utils/journal/messages';
import { openJournalDB } from '../../../utils/journal/open';
import { recordProfile } from '../../../utils/journal/profiles';
import { listDue, settleReminder } from '../../../utils/journal/reminders';
import { recordRequestList } from '../../../utils/journal/requests';
import type { DueItem } from '../../../utils/model/reminders';
import { DAY_MS } from '../../../utils/reminders/schedule';
import { testDeps } from '../helpers/journal';

const JANA = { platform: 'xing' as const, key: 'Jana_Schmidt12', url: 'https://www.xing.com/profile/Jana_Schmidt12', facts: { name: 'Jana Schmidt' } };

function recordingShell() {
  const notified: DueItem[][] = [];
  const scheduled: (number | null)[] = [];
  const shell: ReminderShell = {
    schedule: async (at) => void scheduled.push(at),
    notify: async (items) => void notified.push([...items]),
  };
  return { shell, notified, scheduled };
}

describe('reminders', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let personId: string;
  beforeEach(async () => {
    t = await testDeps();
    personId = (await recordProfile(t.deps, JANA)).personId;
    await logMeeting(t.deps, { personId, eventName: 'AUFSCHWUNG-Messe', at: t.deps.now() });
  });

  it('fires once when due, names the meeting, and sets the alarm for what comes next', async () => {
    const s = recordingShell();
    expect(await runReminderAlarm(t.deps, s.shell)).toBe(0);
    expect(s.scheduled).toEqual([t.deps.now() + 2 * DAY_MS]);
    t.advance(2 * DAY_MS);
    expect(await runReminderAlarm(t.deps, s.shell)).toBe(1);
    expect(s.notified[0]).toEqual([expect.objectContaining({ name: 'Jana Schmidt', eventName: 'AUFSCHWUNG-Messe' })]);
    expect(s.scheduled.at(-1)).toBeNull();
    // A second alarm, or one after a restarted worker (a new connection to the same database), announces nothing.
    expect(await runReminderAlarm(t.deps, s.shell)).toBe(0);
    const restarted = { ...t.deps, db: await openJournalDB({ name: t.name }) };
    expect(await runReminderAlarm(restarted, s.shell)).toBe(0);
    // It still waits in the Due tab until done.
    expect((await listDue(restarted, t.deps.now())).map((d) => d.name)).toEqual(['Jana Schmidt']);
  });

  it('snooze moves it and announces it again later; done closes it and records the follow-up', async () => {
    const s = recordingShell();
    t.advance(2 * DAY_MS);
    await runReminderAlarm(t.deps, s.shell);
    const [due] = await listDue(t.deps, t.deps.now());
    await settleReminder(t.deps, due!.reminder.id, { snoozeUntil: t.deps.now() + DAY_MS });
    expect(await listDue(t.deps, t.deps.now())).toEqual([]);
    t.advance(DAY_MS);
    expect(await runReminderAlarm(t.deps, s.shell)).toBe(1);
    await settleReminder(t.deps, due!.reminder.id, { done: true });
    expect(await listDue(t.deps, t.deps.now() + 365 * DAY_MS)).toEqual([]);
    const kinds = (await t.deps.db.getAll('interactions')).map((i) => i.kind).sort();
    expect(kinds).toEqual(['follow-up-done', 'met']);
  });

  it('a request recorded after the meeting answers the follow-up: it never fires', async () => {
    t.advance(DAY_MS);
    await recordRequestList(t.deps, {
      platform: 'xing',
      direction: 'received',
      requests: [{ key: 'Jana_Schmidt12', name: 'Jana Schmidt', note: 'Schön, Sie kennengelernt zu haben' }],
    });
    t.advance(DAY_MS);
    const s = recordingShell();
    expect(await runReminderAlarm(t.deps, s.shell)).toBe(0);
    expect(await listDue(t.deps, t.deps.now() + 365 * DAY_MS)).toEqual([]);
    expect((await t.deps.db.getAll('reminders'))[0]).toMatchObject({ state: 'cancelled' });
  });

  it('a message after the meeting answers it too', async () => {
    await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [{ key: 'Jana_Schmidt12', name: 'Jana Schmidt', note: '' }] });
    // The request above answered the first follow-up; log a second meeting and answer it with a message.
    t.advance(DAY_MS);
    await logMeeting(t.deps, { personId, at: t.deps.now() });
    t.advance(DAY_MS);
    await recordMessages(t.deps, { platform: 'xing', messages: [{ senderKey: 'Jana_Schmidt12', senderName: 'Jana Schmidt', text: 'Danke!' }] });
    t.advance(2 * DAY_MS);
    expect(await listDue(t.deps, t.deps.now())).toEqual([]);
  });
});
