import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/import';
import { NOW } from './fixtures';

// Issue 19: one message whose "DATE" the import could not read was a row error, and one row error refused the user's
// whole messages.csv. A message needs its time (Interaction.at), so that one is left out and counted; the rest import.
const H12 = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT';
const IN = 'https://www.linkedin.com/in/';
const row = (conv: string, from: string, to: string, date: string, text: string) =>
  `${conv},,${from},${IN}${from.toLowerCase().replace(' ', '-')},${to},${IN}${to.toLowerCase().replace(' ', '-')},${date},,${text},INBOX,No,No`;
// Ute Sommer writes in both conversations: she is the user.
const BASE = [
  row('c1', 'Kai Brenner', 'Ute Sommer', '2022-01-01 09:00:00 UTC', 'Hallo Ute'),
  row('c1', 'Ute Sommer', 'Kai Brenner', '2022-01-01 10:00:00 UTC', 'Hallo Kai'),
  row('c2', 'Lio Falk', 'Ute Sommer', '2022-02-01 09:00:00 UTC', 'Hi'),
  row('c2', 'Ute Sommer', 'Lio Falk', '2022-02-01 10:00:00 UTC', 'Hi zurück'),
];

const parse = (lines: string[]) => {
  let id = 0;
  return parseImport('messages.csv', new TextEncoder().encode([H12, ...lines].join('\n')), { now: () => NOW, newId: () => `p${++id}` });
};
const texts = (lines: string[]) => parse(lines).messages.map((m) => `${m.kind} ${m.text}`).sort();

describe('a messages.csv row whose "DATE" cannot be read', () => {
  it.each([
    ['an empty cell', ''],
    ['31 Feb (no such day)', '2024-02-31 09:00:00 UTC'],
    ['a German month name', '16 Dez 2024'],
    ['a word', 'gestern'],
  ])('%s: that message is left out and counted, the others import', (_what, date) => {
    const data = parse([...BASE, row('c1', 'Kai Brenner', 'Ute Sommer', date, 'Ohne Datum')]);
    expect([data.errors, data.skipped, data.rows]).toEqual([[], { undatedMessages: 1 }, 5]);
    expect(texts([...BASE, row('c1', 'Kai Brenner', 'Ute Sommer', date, 'Ohne Datum')])).toEqual(texts(BASE));
    expect(data.messages).toHaveLength(4);
  });

  it.each([
    ['two of them, and a draft: each counted', [...BASE, row('c1', 'Kai Brenner', 'Ute Sommer', 'gestern', 'A'), row('c2', 'Lio Falk', 'Ute Sommer', '', 'B'), `${row('c2', 'Ute Sommer', 'Lio Falk', '2022-03-01 09:00:00 UTC', 'Entwurf').replace(/No,No$/, 'Yes,No')}`], 4, { undatedMessages: 2, draft: 1 }],
    ['every message undated: nothing to import, no error (no owner to find)', [row('c1', 'Kai Brenner', 'Ute Sommer', 'gestern', 'A')], 0, { undatedMessages: 1 }],
  ] as const)('%s', (_what, lines, messages, skipped) => {
    const data = parse([...lines]);
    expect([data.errors, data.messages.length, data.skipped]).toEqual([[], messages, skipped]);
  });

  it('the messages that import keep the ids they have without the undated row', () => {
    const ids = (lines: string[]) => parse(lines).messages.map((m) => m.id).sort();
    expect(ids([...BASE, row('c1', 'Kai Brenner', 'Ute Sommer', 'gestern', 'Ohne Datum')])).toEqual(ids(BASE));
  });
});
