import { beforeEach, describe, expect, it } from 'vitest';
import { parseMessages } from '../../../utils/import/linkedin-messages';
import { cadenceId } from '../../../utils/journal/cadence';
import { importIntoJournal } from '../../../utils/journal/import-journal';
import { updatePerson } from '../../../utils/journal/meetings';
import { settleReminder } from '../../../utils/journal/reminders';
import { testDeps } from '../helpers/journal';

const DAY = 86_400_000;
const HEADER = '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER"';
const ME = ['Nutzer Selbst', 'https://www.linkedin.com/in/nutzer-selbst'];
const ANTON = ['Anton Berg', 'https://www.linkedin.com/in/anton-berg'];
const CLARA = ['Clara Wendt', 'https://www.linkedin.com/in/clara-wendt'];
const DORA = ['Dora Keller', 'https://www.linkedin.com/in/dora-keller'];

/**
 * A LinkedIn messages.csv: each row one message between the user and someone, at the given time, one conversation
 * per partner. An old message from Dora Keller comes last: the user takes part in more conversations than anyone
 * else, which is how the import tells who the user is.
 */
function messagesCsv(rows: [from: string[], to: string[], at: number, text: string][]): string {
  const date = (at: number) => new Date(at).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
  const line = ([from, to, at, text]: [string[], string[], number, string]) =>
    [`c-${from === ME ? to[0] : from[0]}`, '', from[0], from[1], to[0], to[1], date(at), '', text, 'INBOX'].map((v) => `"${v}"`).join(',');
  return [HEADER, ...[...rows, [DORA, ME, Date.UTC(2020, 0, 1), 'Hallo'] as typeof rows[number]].map(line)].join('\n');
}

// A message is a contact, whether read on the page or imported from LinkedIn's export: it moves the person's
// keep-in-touch round on.
describe('a messages import restarts keep-in-touch reminders', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  beforeEach(async () => {
    t = await testDeps();
  });
  const importCsv = (csv: string) => importIntoJournal(t.deps, parseMessages(csv, { now: t.deps.now, newId: t.deps.newId }));
  const personOf = async (key: string) => (await t.deps.db.get('identities', `linkedin:${key}`))!.personId;
  const cadence = async (key: string) => t.deps.db.get('reminders', cadenceId(await personOf(key)));

  it.each([
    ['a message from them', (now: number) => [ANTON, ME, now - 2 * DAY, 'Wie geht es?'] as const, -2],
    ['a message to them', (now: number) => [ME, ANTON, now - 3 * DAY, 'Bis bald'] as const, -3],
  ])('%s moves the due time a cadence after the newest message', async (_name, row, daysAgo) => {
    const start = t.deps.now();
    await importCsv(messagesCsv([[ANTON, ME, start - 400 * DAY, 'Alt'], [CLARA, ME, start - 400 * DAY, 'Alt']]));
    await updatePerson(t.deps, await personOf('anton-berg'), { keepInTouchDays: 30 });
    expect((await cadence('anton-berg'))!.dueAt).toBe(start - 370 * DAY); // due a cadence after the last message
    t.advance(20 * DAY);
    const now = t.deps.now();
    const [from, to, at, text] = row(now);
    await importCsv(messagesCsv([[[...from], [...to], at, text]]));
    expect((await cadence('anton-berg'))!.dueAt).toBe(now + daysAgo * DAY + 30 * DAY);
    expect(await cadence('clara-wendt')).toBeUndefined(); // no reminder is made for anyone
  });

  it('an older message, a settled reminder, or the same file again change nothing', async () => {
    const start = t.deps.now();
    await importCsv(messagesCsv([[ANTON, ME, start - 400 * DAY, 'Alt'], [CLARA, ME, start - 400 * DAY, 'Alt']]));
    await updatePerson(t.deps, await personOf('anton-berg'), { keepInTouchDays: 30 });
    await updatePerson(t.deps, await personOf('clara-wendt'), { keepInTouchDays: 30 });
    const claraReminder = (await cadence('clara-wendt'))!;
    await settleReminder(t.deps, claraReminder.id, { done: true });
    const before = { anton: await cadence('anton-berg'), clara: await cadence('clara-wendt') };
    await importCsv(messagesCsv([[ANTON, ME, start - 500 * DAY, 'Älter als die letzte'], [CLARA, ME, start - DAY, 'Nach dem Erledigt']]));
    expect({ anton: await cadence('anton-berg'), clara: await cadence('clara-wendt') }).toEqual(before);
  });

  it('an announced reminder moved on is announced again when it comes due', async () => {
    await importCsv(messagesCsv([[ANTON, ME, t.deps.now() - 400 * DAY, 'Alt']]));
    await updatePerson(t.deps, await personOf('anton-berg'), { keepInTouchDays: 30 });
    const id = cadenceId(await personOf('anton-berg'));
    await t.deps.db.put('reminders', { ...(await t.deps.db.get('reminders', id))!, notifiedAt: t.deps.now() });
    t.advance(31 * DAY);
    await importCsv(messagesCsv([[ME, ANTON, t.deps.now() - DAY, 'Hallo']]));
    const moved = (await t.deps.db.get('reminders', id))!;
    expect(moved.dueAt).toBe(t.deps.now() + 29 * DAY);
    expect(moved.notifiedAt).toBeUndefined();
  });
});
