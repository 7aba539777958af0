import { cleanMultiline } from '../text/clean';
import { Interaction } from '../model/relationships';
import { fnv1a } from '../scoring/fingerprint/hash';
import { columns, readCsv, rowCount, type CsvSeparator } from './csv';
import { parseExportDate } from './dates';
import { htmlToText } from './html-text';
import { displayName } from './names';
import { PeopleBuilder } from './people-builder';
import { messageOwner, OWNER_UNKNOWN, type MessageRow } from './message-owner';
import { SenderDirectory } from './message-recipients';
import { rowError, rowErrorOf, type ImportDeps, type ImportedData, type RowError } from './types';

/** 2018 `From,To,Date,Subject,Content,Direction,Folder`; 2024 on `CONVERSATION ID,...,SENDER PROFILE URL,...`. */
export const isMessagesHeader = (cells: string[]): boolean =>
  ['from', 'to', 'date', 'content'].every((name) => cells.includes(name));

const SPONSORED = 'sponsored conversation';
const YES = new Set(['yes', 'true', '1']);

/**
 * LinkedIn's messages.csv (2024 on) and Messages.csv (2018): each message between the user and someone becomes a
 * "message sent" or "message received" interaction with that person (one per other participant in a group).
 * Sponsored InMail, drafts and messages without a readable date are left out and counted as skipped. Ids come
 * from the content: importing the file again adds nothing. Pure.
 */
export function parseMessages(text: string, deps: ImportDeps, separator: CsvSeparator = ','): ImportedData {
  const table = readCsv(text, isMessagesHeader, separator);
  const cell = columns(table.header);
  const people = new PeopleBuilder('linkedin', deps);
  const messages = new Map<string, Interaction>();
  const errors: RowError[] = [...table.errors];
  const skipped: Record<string, number> = {};
  const skip = (why: string) => (skipped[why] = (skipped[why] ?? 0) + 1);

  // Recipients are resolved once every sender is known (see SenderDirectory): a row is kept with its raw `TO` first.
  const rows: (Omit<MessageRow, 'to'> & { to: string; urls: string })[] = [];
  for (const { row, cells } of table.rows) {
    if (cell(cells, 'conversation title').toLowerCase() === SPONSORED || (cell(cells, 'from') === 'LinkedIn Member' && !cell(cells, 'sender profile url'))) {
      skip('sponsored');
      continue;
    }
    if (YES.has(cell(cells, 'is message draft').toLowerCase())) {
      skip('draft');
      continue;
    }
    // A message is a moment (Interaction.at is required): one whose "Date" is empty or unreadable is left out and
    // counted, not a row error that refuses the whole file (issue 19).
    const at = parseExportDate(cell(cells, 'date'));
    if (!at) {
      skip('undatedMessages');
      continue;
    }
    rows.push({
      row, at: at.from,
      from: { name: displayName(cell(cells, 'from')), url: cell(cells, 'sender profile url') || undefined },
      to: cell(cells, 'to'),
      urls: cell(cells, 'recipient profile urls'),
      direction: cell(cells, 'direction').toUpperCase(),
      folder: cell(cells, 'folder').toUpperCase(),
      conversation: cell(cells, 'conversation id'),
      text: cleanMultiline([cell(cells, 'subject'), htmlToText(cell(cells, 'content'))].filter(Boolean).join('\n\n'), 20_000),
    });
  }

  const directory = new SenderDirectory(rows);
  const resolved: MessageRow[] = rows.map(({ urls, ...m }) => ({ ...m, to: directory.recipients(m.conversation, m.to, urls) }));
  const isOwner = messageOwner(resolved);
  if (!isOwner) {
    // Guessing would swap every sent and received message, and import the user as a contact: the file is refused.
    if (resolved.length) errors.unshift(rowError(0, 'owner-unknown', [], OWNER_UNKNOWN));
    return { format: 'linkedin-messages', rows: rowCount(table), people: [], requests: [], messages: [], skipped, errors };
  }
  for (const m of resolved) {
    if (!m.text) {
      skip('empty');
      continue;
    }
    try {
      const sent = isOwner(m.from);
      const others = sent ? m.to.filter((p) => !isOwner(p)) : [m.from];
      if (others.length === 0) throw new Error('no one but the user takes part');
      for (const other of others) {
        const { ref, personId } = people.add(other);
        const id = `import:linkedin:msg:${fnv1a(`${m.conversation}\n${m.at}\n${m.from.name}\n${m.text}`).toString(36)}:${fnv1a(ref).toString(36)}`;
        messages.set(id, Interaction.parse({ v: 1, id, personId, kind: sent ? 'message-sent' : 'message-received', at: m.at, text: m.text }));
      }
    } catch (error) {
      errors.push(rowErrorOf(m.row, error));
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { format: 'linkedin-messages', rows: rowCount(table), people: people.list(), requests: [], messages: [...messages.values()], skipped, errors };
}
