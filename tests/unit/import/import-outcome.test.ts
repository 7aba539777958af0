import { describe, expect, it } from 'vitest';
import { lastState, notTakenState, runFailedState } from '../../../entrypoints/options/import-outcome';
import { MAX_IMPORT_BYTES, PART_BYTES } from '../../../utils/messaging/import-protocol';
import { Upload, UPLOAD_IDLE_MS } from '../../../utils/journal/import-upload';

// What the dashboard shows of an import it did not see end: every case is a state the user can read and act on.
describe('the last import, as a dashboard that did not start it shows it', () => {
  const answer = { status: 'imported', format: 'linkedin-connections', rows: 1, peopleAdded: 1, peopleMerged: 0, requestsAdded: 0, messagesAdded: 0, unchanged: 0, quarantined: 0 } as const;
  const last = (extra: object) => ({ jobId: 'j1', fileName: 'Connections.csv', at: 5, ...extra });
  it.each([
    ['nothing ever imported', null, undefined, { kind: 'idle' }],
    ['an import the worker still holds: it landed', last({ answer }), undefined, { kind: 'earlier', fileName: 'Connections.csv', at: 5 }],
    ['another tab\'s failure is not repeated', last({ problem: 'quota' }), undefined, { kind: 'idle' }],
    ['the followed job\'s answer with its counts', last({ answer }), 'j1', { kind: 'imported', fileName: 'Connections.csv', ...answer }],
    ['only the receipt (the worker stopped since)', last({}), undefined, { kind: 'earlier', fileName: 'Connections.csv', at: 5 }],
    ['the followed job landed, its counts lost', last({}), 'j1', { kind: 'interrupted', job: 'import', landed: true }],
    ['the followed job left nothing: none of it landed', last({ jobId: 'j0' }), 'j1', { kind: 'interrupted', job: 'import', landed: false }],
    ['the followed job left nothing and nothing ever landed', null, 'j1', { kind: 'interrupted', job: 'import', landed: false }],
    ['the followed job was cancelled', last({ problem: 'cancelled' }), 'j1', { kind: 'cancelled' }],
    ['the followed job hit a full disk', last({ problem: 'quota' }), 'j1', { kind: 'failed', job: 'import', problem: 'quota' }],
  ])('%s', (_, given, followed, expected) => {
    expect(lastState(given as never, followed)).toEqual(expected);
  });
});

describe('a refused part or run', () => {
  it.each([
    ['file-too-large', { kind: 'too-large', fileName: 'a.csv', limit: MAX_IMPORT_BYTES }],
    ['upload-incomplete', { kind: 'interrupted', job: 'import', landed: false }],
    ['job-running', { kind: 'failed', job: 'import', problem: 'job-running' }],
    ['handler-failed', { kind: 'failed', job: 'import', problem: 'other' }],
  ])('part refused with %s', (code, expected) => {
    expect(notTakenState('a.csv', code)).toEqual(expected);
  });
  it('a run refused after Cancel is the cancel', () => {
    expect(runFailedState('handler-failed', true)).toEqual({ kind: 'cancelled' });
    expect(runFailedState('quota', false)).toEqual({ kind: 'failed', job: 'import', problem: 'quota' });
  });
});

describe('the parts held by the background', () => {
  const part = Buffer.alloc(PART_BYTES, 0x41).toString('base64');
  it('a file over the limit is refused with its own code (not "unexpected error")', () => {
    const upload = new Upload(() => 0);
    let code = '';
    try {
      for (let at = 0; at <= MAX_IMPORT_BYTES; at += PART_BYTES) upload.add('big', at, part);
    } catch (error) {
      code = (error as { code: string }).code;
    }
    expect(code).toBe('file-too-large');
    expect(upload.add('next', 0, part)).toBe(PART_BYTES); // the refused file's parts were let go
  });

  it('another job\'s part at 0 waits until the parts held stopped coming; the same job may start over', () => {
    let clock = 0;
    const upload = new Upload(() => clock);
    upload.add('a', 0, part);
    expect(() => upload.add('b', 0, part)).toThrow(expect.objectContaining({ code: 'job-running' }));
    expect(upload.add('a', 0, part)).toBe(PART_BYTES);
    clock += UPLOAD_IDLE_MS;
    expect(upload.add('b', 0, part)).toBe(PART_BYTES);
    upload.clear(); // as a cancel does
    expect(upload.add('c', 0, part)).toBe(PART_BYTES);
  });
});
