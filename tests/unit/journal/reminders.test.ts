import { beforeEach, describe, expect, it } from 'vitest';
import { runReminderAlarm, type ReminderShell } from '../../../utils/journal/journal-handlers';
import { createPerson, logMeeting, updatePerson } from '../../../utils/journal/meetings';
import { cadenceId } from '../../../utils/journal/cadence';
import { createHandlers } from '../../../utils/journal/handlers';
import { personRecords } from '../../../utils/journal/person-records';
import { updateSettings } from '../../../utils/journal/settings-store';
import { changedTags } from '../../../utils/journal/tag-cadences';
import { NO_TAB_ACTIONS } from '../../../utils/journal/tab-actions';
import { createRouter } from '../../../utils/messaging/router';
import { POPUP, SELF } from '../integrity/router-helpers';
import { recordMessages } from '../../../utils/journal/messages';
import { openJournalDB } from '../../../utils/journal/open';
import { recordProfile } from '../../../utils/journal/profiles';
import { listDue, settleReminder, takeDueNotices } from '../../../utils/journal/reminders';
import { markRequestActed, recordRequestList } from '../../../utils/journal/requests';
import type { DueItem } from '../../../utils/model/reminders';
import { DAY_MS } from '../../../utils/reminders/schedule';
import type { Deps } from '../../../utils/journal/profiles';
import { Interaction } from '../../../utils/model/relationships';
import { testDeps } from '../helpers/journal';
import { inZone } from '../helpers/time-zone';

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

describe('reminders at their edges', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let personId: string;
  beforeEach(async () => {
    t = await testDeps();
    personId = (await recordProfile(t.deps, JANA)).personId;
  });
  const cadence = () => t.deps.db.get('reminders', cadenceId(personId));

  it('done twice records one "follow-up done", and a snooze after done leaves it done', async () => {
    const { reminderId } = await logMeeting(t.deps, { personId, at: t.deps.now() });
    t.advance(2 * DAY_MS);
    await settleReminder(t.deps, reminderId!, { done: true });
    t.advance(500);
    await settleReminder(t.deps, reminderId!, { done: true });
    await settleReminder(t.deps, reminderId!, { snoozeUntil: t.deps.now() + DAY_MS });
    expect((await t.deps.db.getAll('interactions')).filter((i) => i.kind === 'follow-up-done')).toHaveLength(1);
    expect(await t.deps.db.get('reminders', reminderId!)).toMatchObject({ state: 'done' });
  });

  it('a request recorded before the meeting and accepted after it leaves the follow-up', async () => {
    await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [{ key: JANA.key, name: 'Jana Schmidt', note: 'Sehen wir uns auf der Messe?' }] });
    t.advance(DAY_MS);
    await logMeeting(t.deps, { personId, eventName: 'AUFSCHWUNG-Messe', at: t.deps.now() });
    t.advance(DAY_MS);
    await markRequestActed(t.deps, { platform: 'xing', direction: 'received', key: JANA.key, action: 'accept' });
    t.advance(DAY_MS);
    const s = recordingShell();
    expect(await runReminderAlarm(t.deps, s.shell)).toBe(1);
  });

  it('a follow-up answered before it is due is no longer listed as coming, nor open on the person', async () => {
    await logMeeting(t.deps, { personId, at: t.deps.now() });
    t.advance(DAY_MS);
    expect((await personRecords(t.deps, personId))!.summary.openReminders).toHaveLength(1);
    await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [{ key: JANA.key, name: 'Jana Schmidt', note: 'Danke für das Gespräch' }] });
    expect((await personRecords(t.deps, personId))!.summary.openReminders).toEqual([]);
    expect(await listDue(t.deps, t.deps.now() + 7 * DAY_MS)).toEqual([]);
  });

  it('a tag cadence applies whatever the case of the tag', async () => {
    await updateSettings(t.deps, { tagCadences: { Kunde: 30 } });
    await updatePerson(t.deps, personId, { tags: ['kunde'] });
    expect(await cadence()).toMatchObject({ state: 'open', everyDays: 30 });
  });

  it('a tag cadence set, changed or removed in the settings reaches the people with that tag', async () => {
    const router = createRouter(createHandlers(t.deps, NO_TAB_ACTIONS), SELF) as (m: unknown, s: unknown) => Promise<{ ok: boolean }>;
    const settings = (tagCadences: Record<string, number>) => router({ type: 'settings/update', payload: { patch: { tagCadences } } }, POPUP);
    await updatePerson(t.deps, personId, { tags: ['Kunde'] });
    expect(await cadence()).toBeUndefined();
    expect((await settings({ kunde: 30 })).ok).toBe(true);
    expect(await cadence()).toMatchObject({ state: 'open', everyDays: 30, tag: 'Kunde' });
    await settings({ kunde: 14 });
    expect(await cadence()).toMatchObject({ state: 'open', everyDays: 14 });
    await settings({});
    expect(await cadence()).toMatchObject({ state: 'cancelled' });
    t.advance(31 * DAY_MS);
    expect(await runReminderAlarm(t.deps, recordingShell().shell)).toBe(0);
  });

  it('a message or a follow-up done restarts the keep-in-touch round', async () => {
    await recordRequestList(t.deps, { platform: 'xing', direction: 'received', requests: [{ key: JANA.key, name: 'Jana Schmidt', note: '' }] });
    await updatePerson(t.deps, personId, { keepInTouchDays: 30 });
    t.advance(25 * DAY_MS);
    await recordMessages(t.deps, { platform: 'xing', messages: [{ senderKey: JANA.key, senderName: 'Jana Schmidt', text: 'Wie geht es Ihnen?' }] });
    expect((await cadence())!.dueAt).toBe(t.deps.now() + 30 * DAY_MS);
    const { reminderId } = await logMeeting(t.deps, { personId, at: t.deps.now() });
    t.advance(10 * DAY_MS);
    await settleReminder(t.deps, reminderId!, { done: true });
    expect((await cadence())!.dueAt).toBe(t.deps.now() + 30 * DAY_MS);
  });

  it.each([
    [{ kunde: 30 }, { kunde: 30 }, []],
    [{ kunde: 30 }, { Kunde: 30 }, []],
    [{ kunde: 30 }, { kunde: 14 }, ['kunde']],
    [{ kunde: 30, messe: 60 }, { messe: 60, partner: 90 }, ['kunde', 'partner']],
  ])('changedTags(%j, %j) is %j', (before, after, expected) => {
    expect([...changedTags(before, after)].sort()).toEqual(expected);
  });
});

// A two-day fair in Europe/Berlin, with a clock the test sets to local times.
describe('reminders around a fair', () => {
  const HOUR = 3_600_000;
  const berlin = (fn: (c: { deps: Deps; set: (ms: number) => void; friday: number }) => Promise<void>) => () =>
    inZone('Europe/Berlin', async () => {
      const friday = new Date(2026, 2, 13, 18, 0).getTime(); // Fri 13 Mar 2026, 18:00
      let clock = friday;
      const { deps } = await testDeps();
      await fn({ deps: { ...deps, now: () => clock }, set: (ms) => void (clock = ms), friday });
    });

  it('meeting her again the next day leaves one follow-up, that of the second meeting', berlin(async ({ deps, set, friday }) => {
    const jana = await createPerson(deps, { displayName: 'Jana Schmidt' });
    await logMeeting(deps, { personId: jana, eventName: 'Hannover Messe', at: friday });
    set(friday + DAY_MS);
    const second = await logMeeting(deps, { personId: jana, eventName: 'Hannover Messe', at: friday + DAY_MS });
    expect(second.followUpAt).toBe(friday + 3 * DAY_MS);
    set(friday + 4 * DAY_MS);
    const { notices } = await takeDueNotices(deps);
    expect(notices.map((n) => [n.name, n.reminder.id])).toEqual([['Jana Schmidt', second.reminderId]]);
    expect((await listDue(deps, friday + 30 * DAY_MS)).map((d) => d.name)).toEqual(['Jana Schmidt']);
  }));

  it('a contact recorded before the meeting was logged does not answer its follow-up (only one after it does)', berlin(async ({ deps, set, friday }) => {
    const jana = await createPerson(deps, { displayName: 'Jana Schmidt' });
    const evening = friday + 3 * HOUR; // logged in the hotel at 21:00, "today": dated now
    set(evening);
    // A request seen that afternoon may be one weeks old, first seen now: it is not the follow-up.
    await deps.db.put('interactions', Interaction.parse({ v: 1, id: 'm1', personId: jana, kind: 'message-received', at: friday + HOUR, text: 'Schön, Sie kennengelernt zu haben!' }));
    await logMeeting(deps, { personId: jana, eventName: 'Hannover Messe', at: evening });
    set(friday + 3 * DAY_MS);
    expect((await takeDueNotices(deps)).notices.map((n) => n.name)).toEqual(['Jana Schmidt']);
  }));

  it('a message the evening before the meeting\'s day does not answer it', berlin(async ({ deps, set, friday }) => {
    const jana = await createPerson(deps, { displayName: 'Jana Schmidt' });
    await deps.db.put('interactions', Interaction.parse({ v: 1, id: 'm1', personId: jana, kind: 'message-received', at: friday - DAY_MS + 5 * HOUR, text: 'Bis morgen am Stand!' }));
    await logMeeting(deps, { personId: jana, eventName: 'Hannover Messe', at: friday });
    set(friday + 3 * DAY_MS);
    expect((await takeDueNotices(deps)).notices.map((n) => n.name)).toEqual(['Jana Schmidt']);
  }));

  it('a keep-in-touch reminder is announced once per due time, also when only its source tag changes', berlin(async ({ deps, set, friday }) => {
    await updateSettings(deps, { tagCadences: { Kunde: 90, VIP: 90 } });
    const klaus = await createPerson(deps, { displayName: 'Klaus Berger' });
    await updatePerson(deps, klaus, { tags: ['Kunde', 'VIP'] });
    set(friday + 91 * DAY_MS);
    expect((await takeDueNotices(deps)).notices).toHaveLength(1);
    set(friday + 91 * DAY_MS + HOUR);
    await updatePerson(deps, klaus, { tags: ['VIP'] }); // still every 90 days, same due time
    expect(await deps.db.get('reminders', cadenceId(klaus))).toMatchObject({ tag: 'VIP', dueAt: friday + 90 * DAY_MS });
    expect((await takeDueNotices(deps)).notices).toHaveLength(0);
    await updatePerson(deps, klaus, { keepInTouchDays: 90 }); // his own, equal cadence replaces the tag's
    expect((await deps.db.get('reminders', cadenceId(klaus)))!.tag).toBeUndefined();
    expect((await takeDueNotices(deps)).notices).toHaveLength(0);
    await updatePerson(deps, klaus, { keepInTouchDays: 120 }); // a later due time is announced again, when due
    set(friday + 121 * DAY_MS);
    expect((await takeDueNotices(deps)).notices).toHaveLength(1);
  }));

  it('a worker stopped while notifying still leaves the alarm for the next reminder', berlin(async ({ deps, set, friday }) => {
    const anna = await createPerson(deps, { displayName: 'Anna Adler' });
    const bernd = await createPerson(deps, { displayName: 'Bernd Bauer' });
    await logMeeting(deps, { personId: anna, at: friday });
    set(friday + DAY_MS);
    await logMeeting(deps, { personId: bernd, at: friday + DAY_MS });
    set(friday + 2 * DAY_MS + 1000); // Anna's follow-up is due, Bernd's tomorrow
    const scheduled: (number | null)[] = [];
    let notifying = () => {};
    const stopped = new Promise<void>((resolve) => (notifying = resolve));
    const shell: ReminderShell = {
      schedule: async (at) => void scheduled.push(at),
      notify: () => {
        notifying();
        return new Promise(() => undefined); // never settles: the worker stopped here
      },
    };
    void runReminderAlarm(deps, shell);
    await stopped;
    expect(scheduled).toEqual([friday + 3 * DAY_MS]);
  }));

  it('the due reminders go to the shell in one call; a failing shell drops neither the next alarm nor the Due tab', berlin(async ({ deps, set, friday }) => {
    for (const name of ['Anna Adler', 'Bernd Bauer', 'Clara Weiß']) await logMeeting(deps, { personId: await createPerson(deps, { displayName: name }), at: friday });
    const later = await createPerson(deps, { displayName: 'Dora Dietz' });
    set(friday + DAY_MS);
    await logMeeting(deps, { personId: later, at: friday + DAY_MS });
    set(friday + 2 * DAY_MS);
    const calls: string[][] = [];
    const scheduled: (number | null)[] = [];
    const shell: ReminderShell = {
      schedule: async (at) => void scheduled.push(at),
      notify: async (items) => {
        calls.push(items.map((i) => i.name).sort());
        throw new Error('notifications unavailable');
      },
    };
    expect(await runReminderAlarm(deps, shell)).toBe(0);
    expect(calls).toEqual([['Anna Adler', 'Bernd Bauer', 'Clara Weiß']]);
    expect(scheduled).toEqual([friday + 3 * DAY_MS]);
    // Never twice: the failed one is not announced again, but it waits in the Due tab.
    expect(await runReminderAlarm(deps, shell)).toBe(0);
    expect((await listDue(deps, deps.now())).map((d) => d.name).sort()).toEqual(['Anna Adler', 'Bernd Bauer', 'Clara Weiß']);
  }));
});
