import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSteps, parseImport, STEP_ROWS, type ImportDeps, type ImportedData, type ParseStep } from '../../../utils/import';
import { decodeText } from '../../../utils/import/decode';
import { parseInvitations } from '../../../utils/import/linkedin-invitations';
import { parseMessages } from '../../../utils/import/linkedin-messages';
import { eachInSteps, share } from '../../../utils/import/row-steps';
import { importHandlers } from '../../../utils/journal/import-handlers';
import type { ProgressPush } from '../../../utils/messaging/import-protocol';
import { testDeps } from '../helpers/journal';
import { IMPORT_FIXTURES } from './fixtures';
import { sendFile } from './send-file';
import { invitationsCsv, messagesCsv, runSteps as run } from './step-files';

// Invitations.csv and messages.csv read in steps as Connections.csv is (issue 19): the same data as the parse of
// before, and a count of rows read that grows while they are read.

/** A fixed clock and counting ids: two reads of one file give equal data. */
const deps = (): ImportDeps => {
  let id = 0;
  return { now: () => 1_790_000_000_000, newId: () => `p${++id}` };
};
const enc = (text: string) => new TextEncoder().encode(text);

/** The steps split as expected: characters (growing to the text), then rows growing within one total. */
function expectSteps(steps: ParseStep[], textLength: number, rows: number) {
  const first = steps.findIndex((s) => s.unit === 'rows');
  expect(first).toBeGreaterThan(0);
  const chars = steps.slice(0, first);
  expect(chars.every((s) => s.unit === 'chars' && s.total === textLength)).toBe(true);
  expect(chars.at(-1)!.done).toBe(textLength);
  const read = steps.slice(first);
  expect(read.every((s) => s.unit === 'rows' && s.total === rows && s.done <= rows)).toBe(true);
  expect(read.length).toBeGreaterThan(1);
  expect(read.every((s, i) => i === 0 || s.done > read[i - 1]!.done)).toBe(true);
  expect(read.at(-1)!.done).toBeGreaterThan(rows - STEP_ROWS); // no more than a step of rows after the last
  return read;
}

/** Data rows that reached the reader (rows of a wrong cell count are refused while the text is split). */
const readable = (data: ImportedData) => data.rows - data.errors.filter((e) => e.problem === 'cells').length;

describe('Invitations.csv and messages.csv of thousands of rows, read in steps', () => {
  it.each([
    ['Invitations.csv', invitationsCsv(5300), 'linkedin-invitations', parseInvitations],
    ['messages.csv', messagesCsv(6200), 'linkedin-messages', parseMessages],
  ] as const)('%s: split, then several steps of rows growing; the same data through every entry point', (name, text, format, parse) => {
    const { steps, value } = run(importSteps(name, enc(text), deps()));
    expect(value.format).toBe(format);
    expectSteps(steps, text.length, readable(value));
    // every kind of finding is in the file: errors, and rows left out or imported undated
    expect(value.errors.length).toBeGreaterThan(5);
    expect(Object.keys(value.skipped).length).toBeGreaterThan(0);
    expect(parseImport(name, enc(text), deps())).toEqual(value);
    expect(parse(text, deps())).toEqual(value); // the callers of parseInvitations / parseMessages
  });

  it.each([
    ['Invitations.csv, semicolon, LF', invitationsCsv(2500, ';', '\n'), ';', parseInvitations],
    ['Invitations.csv, tab, CRLF', invitationsCsv(2500, '\t'), '\t', parseInvitations],
    ['messages.csv, semicolon, CRLF', messagesCsv(2500, ';', '\r\n'), ';', parseMessages],
    ['messages.csv, tab, LF', messagesCsv(2500, '\t'), '\t', parseMessages],
  ] as const)('%s: steps, and the same data as parsed at once with its separator', (name, text, sep, parse) => {
    const { steps, value } = run(importSteps(name, enc(text), deps()));
    expectSteps(steps, text.length, readable(value));
    expect(value).toEqual(parse(text, deps(), sep));
    expect(value.people.length).toBeGreaterThan(100);
  });

  it('messages.csv: each of its three passes over the rows moves the count (cells, recipients, messages)', () => {
    const text = messagesCsv(6200);
    const { steps, value } = run(importSteps('messages.csv', enc(text), deps()));
    const total = readable(value);
    const kept = total - value.skipped.sponsored! - value.skipped.draft! - value.skipped.undatedMessages!;
    const read = steps.filter((s) => s.unit === 'rows');
    expect(read).toHaveLength(Math.floor(total / STEP_ROWS) + 2 * Math.floor(kept / STEP_ROWS));
    expect(read[0]!.done).toBe(Math.floor((total * 0.4 * STEP_ROWS) / total)); // the first pass: the first 40 %
  });
});

describe('the export files in tests/fixtures: the same data in steps as parsed at once', () => {
  it.each([
    ['Invitations_2018_old-format.pseudonymised.csv', parseInvitations],
    ['Invitations_2021_incoming-notes.pseudonymised.csv', parseInvitations],
    ['made-up_Invitations_2024_7-columns.csv', parseInvitations],
    ['made-up_Messages_2018.csv', parseMessages],
    ['made-up_messages_2024_with-drafts.csv', parseMessages],
    ['made-up_messages_2026_all-quoted.csv', parseMessages],
  ] as const)('%s', (file, parse) => {
    const bytes = new Uint8Array(readFileSync(resolve(IMPORT_FIXTURES, file)));
    const { steps, value } = run(importSteps(file, bytes, deps()));
    expect(steps.every((s) => s.unit === 'chars')).toBe(true); // fewer rows than a step
    expect(value.people.length + value.messages.length).toBeGreaterThan(0);
    expect(parse(decodeText(bytes), deps())).toEqual(value);
  });
});

describe('eachInSteps and share', () => {
  it.each([
    [0, []],
    [999, []],
    [1000, [1000]],
    [2500, [1000, 2000]],
  ])('%i items: every item read in order; a step before the STEP_ROWS-th, each after done - 1 items read', (n, at) => {
    const items = Array.from({ length: n }, (_, i) => i);
    const seen: number[] = [];
    const readBefore: number[] = [];
    const steps = eachInSteps(items, (i) => void seen.push(i));
    for (let next = steps.next(); !next.done; next = steps.next()) {
      expect(next.value).toEqual({ unit: 'rows', done: next.value.done, total: n });
      readBefore.push(seen.length + 1);
    }
    expect(seen).toEqual(items);
    expect(readBefore).toEqual(at);
  });

  it.each([
    // total, from, to, count, n, done
    [6000, 0, 0.4, 6000, 3000, 1200],
    [6000, 0.4, 0.6, 5000, 5000, 3600],
    [6000, 0.6, 1, 5000, 5000, 6000],
    [6000, 0.6, 1, 4999, 1000, 4080],
    [7, 0.6, 1, 0, 0, 4], // an empty pass: no division by 0
  ])('share(%i, %f, %f, %i)(%i) is %i of the total', (total, from, to, count, n, done) => {
    expect(share(total, from, to, count)(n)).toEqual({ done, total });
  });
});

describe('the background tells the dashboard the rows read', { timeout: 60_000 }, () => {
  it.each([
    ['Invitations.csv', invitationsCsv(2500, ',', '\r\n', false)],
    ['messages.csv', messagesCsv(2500, ',', '\n', false)],
  ])('%s: splitting, then reading with rows of the file, then the journal phases', async (name, text) => {
    const { deps: journal } = await testDeps();
    const pushes: ProgressPush['payload'][] = [];
    const res = await sendFile(importHandlers(journal, (m) => pushes.push(m.payload)), 'job-19', name, enc(text));
    expect(res).toMatchObject({ status: 'imported' });
    const phases = pushes.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['reading', 'splitting', 'reading', 'checking', 'comparing', 'writing', 'done']);
    const rows = pushes.filter((p, i) => p.phase === 'reading' && i > 0);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((p) => p.total === 2500 && p.done > 0 && p.done <= 2500)).toBe(true);
  });
});
