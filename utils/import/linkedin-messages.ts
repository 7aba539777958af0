import { cleanMultiline } from '../text/clean';
import { Interaction } from '../model/relationships';
import { fnv1a } from '../scoring/fingerprint/hash';
import { columns, CSV_STEP_CHARS, lineBreakOf, readCsvSteps, rowCount, type CsvSeparator } from './csv';
import { parseExportDate } from './dates';
import { htmlToText } from './html-text';
import { displayName } from './names';
import { PeopleBuilder } from './people-builder';
import { OwnerCounter, OWNER_UNKNOWN, type MessageRow } from './message-owner';
import { SenderDirectory } from './message-recipients';
import { eachInSteps, share } from './row-steps';
import { drain, rowError, rowErrorOf, type ImportDeps, type ImportedData, type ParseStep, type RowError } from './types';

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
  return drain(messagesSteps(text, deps, lineBreakOf(text), separator));
}

/**
 * parseMessages in steps: the text split (characters), then rows read every STEP_ROWS rows. The rows are read in
 * three passes (cells, then recipients once every sender is known, then messages once the owner is known): the
 * count shown grows through all three, each moving it by about its share of the time (measured on a 24 MB file).
 */
export function* messagesSteps(text: string, deps: ImportDeps, newline = lineBreakOf(text), separator: CsvSeparator = ','): Generator<ParseStep, ImportedData> {
  const table = yield* readCsvSteps(text, isMessagesHeader, CSV_STEP_CHARS, newline, separator);
  const total = table.rows.length;
  const cell = columns(table.header);
  const people = new PeopleBuilder('linkedin', deps);
  const messages = new Map<string, Interaction>();
  const errors: RowError[] = [...table.errors];
  const skipped: Record<string, number> = {};
  const skip = (why: string) => (skipped[why] = (skipped[why] ?? 0) + 1);

  // Recipients are resolved once every sender is known (see SenderDirectory): a row is kept with its raw `TO` first.
  const rows: (Omit<MessageRow, 'to'> & { to: string; urls: string })[] = [];
  const directory = new SenderDirectory();
  yield* eachInSteps(table.rows, ({ row, cells }) => {
    if (cell(cells, 'conversation title').toLowerCase() === SPONSORED || (cell(cells, 'from') === 'LinkedIn Member' && !cell(cells, 'sender profile url'))) {
      skip('sponsored');
      return;
    }
    if (YES.has(cell(cells, 'is message draft').toLowerCase())) {
      skip('draft');
      return;
    }
    // A message is a moment (Interaction.at is required): one whose "Date" is empty or unreadable is left out and
    // counted, not a row error that refuses the whole file (issue 19).
    const at = parseExportDate(cell(cells, 'date'));
    if (!at) {
      skip('undatedMessages');
      return;
    }
    const read = {
      row, at: at.from,
      from: { name: displayName(cell(cells, 'from')), url: cell(cells, 'sender profile url') || undefined },
      to: cell(cells, 'to'),
      urls: cell(cells, 'recipient profile urls'),
      direction: cell(cells, 'direction').toUpperCase(),
      folder: cell(cells, 'folder').toUpperCase(),
      conversation: cell(cells, 'conversation id'),
      text: cleanMultiline([cell(cells, 'subject'), htmlToText(cell(cells, 'content'))].filter(Boolean).join('\n\n'), 20_000),
    };
    rows.push(read);
    directory.add(read);
  }, share(total, 0, 0.4, total));

  // The owner is counted while the recipients are resolved: no pass over every row runs without a step.
  const resolved: MessageRow[] = [];
  const owners = new OwnerCounter();
  const resolve = ({ urls, ...m }: (typeof rows)[number]) => {
    const row = { ...m, to: directory.recipients(m.conversation, m.to, urls) };
    resolved.push(row);
    owners.add(row);
  };
  yield* eachInSteps(rows, resolve, share(total, 0.4, 0.6, rows.length));
  const isOwner = owners.owner();
  if (!isOwner) {
    // Guessing would swap every sent and received message, and import the user as a contact: the file is refused.
    if (resolved.length) errors.unshift(rowError(0, 'owner-unknown', [], OWNER_UNKNOWN));
    return { format: 'linkedin-messages', rows: rowCount(table), people: [], requests: [], messages: [], skipped, errors };
  }
  yield* eachInSteps(resolved, (m) => {
    if (!m.text) {
      skip('empty');
      return;
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
  }, share(total, 0.6, 1, resolved.length));
  errors.sort((a, b) => a.row - b.row);
  return { format: 'linkedin-messages', rows: rowCount(table), people: people.list(), requests: [], messages: [...messages.values()], skipped, errors };
}
