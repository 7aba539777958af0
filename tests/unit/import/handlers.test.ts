import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../utils/journal/handlers';
import { createRouter } from '../../../utils/messaging/router';
import type { SenderInfo } from '../../../utils/messaging/senders';
import { dumpAll, testDeps } from '../helpers/journal';
import { IMPORT_FIXTURES } from './fixtures';
import { routeFile } from './send-file';

const SELF = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const DASHBOARD: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html', tab: { id: 9 }, frameId: 0 };
const LINKEDIN_TAB: SenderInfo = { id: 'ext-id', url: 'https://www.linkedin.com/in/tobias-lang/', tab: { id: 4 }, frameId: 0 };
const bytesOf = (name: string) => new Uint8Array(readFileSync(resolve(IMPORT_FIXTURES, name)));

describe('import, backup and export messages', () => {
  let t: Awaited<ReturnType<typeof testDeps>>;
  let handle: ReturnType<typeof createRouter>;
  beforeEach(async () => {
    t = await testDeps();
    handle = createRouter(createHandlers(t.deps), SELF);
  });

  it.each(['import/part', 'import/run', 'import/cancel', 'backup/export', 'backup/restore', 'export/people'])('%s is refused from a content script', async (type) => {
    const vcf = bytesOf('made-up_xing_vcard-4.0.vcf');
    const payload = type === 'import/part' ? { jobId: 'job-1', at: 0, base64: Buffer.from(vcf).toString('base64') } : type === 'import/run' ? { jobId: 'job-1', fileName: 'x.vcf', size: vcf.length } : type === 'backup/restore' ? { json: '{}' } : type === 'export/people' ? { format: 'csv' } : {};
    const res = await handle({ type, payload }, LINKEDIN_TAB);
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect((await dumpAll(t.deps)).people).toEqual([]);
  });

  it('says how many rows it left out on purpose (members who hide their name)', async () => {
    const file = 'made-up_Connections_2022_hidden-members.csv';
    const res = await routeFile(handle, DASHBOARD, 'job-h', file, bytesOf(file));
    expect(res).toMatchObject({ ok: true, data: { status: 'imported', skipped: { hidden: 3 } } });
  });

  it('imports a real export from the dashboard and says what it brought; the people list sees them at once', async () => {
    const res = await routeFile(handle, DASHBOARD, 'job-1', 'Connections_2024_notes-preamble.pseudonymised.csv', bytesOf('Connections_2024_notes-preamble.pseudonymised.csv'));
    expect(res).toEqual({ ok: true, data: { status: 'imported', format: 'linkedin-connections', rows: 150, peopleAdded: 150, peopleMerged: 0, peopleUnchanged: 0, requestsAdded: 0, messagesAdded: 0, unchanged: 0, quarantined: 0, skipped: {} } });
    const list = await handle({ type: 'people/list', payload: { query: 'zoe patel', limit: 5 } }, DASHBOARD);
    expect(list.ok && list.data).toMatchObject({ total: 1 });
    expect(await handle({ type: 'import/progress', payload: {} }, DASHBOARD)).toMatchObject({ ok: true, data: { job: 'idle' } });
    // what the page asks after a stopped worker: its job's receipt was written with the import
    expect(await handle({ type: 'import/landed', payload: { jobId: 'job-1' } }, DASHBOARD)).toEqual({ ok: true, data: { landed: true } });
    expect(await handle({ type: 'import/landed', payload: { jobId: 'job-2' } }, DASHBOARD)).toEqual({ ok: true, data: { landed: false } });
  });

  it('a corrupted file is refused with its rows and changes nothing; an unknown kind is refused by name', async () => {
    const before = await dumpAll(t.deps);
    const bad = await routeFile(handle, DASHBOARD, 'job-1', 'made-up_corrupt_Connections.csv', bytesOf('made-up_corrupt_Connections.csv'));
    expect(bad.ok && bad.data).toMatchObject({ status: 'refused', format: 'linkedin-connections', rows: 4, errorCount: 2, errors: [{ row: 3 }, { row: 4 }] }); // row 2's odd date is no error since issue 19
    const unknown = await routeFile(handle, DASHBOARD, 'job-1', 'made-up_unknown_Positions.csv', bytesOf('made-up_unknown_Positions.csv'));
    expect(unknown.ok && unknown.data).toMatchObject({ status: 'refused', format: null, errors: [{ row: 0, reason: expect.stringContaining('made-up_unknown_Positions.csv') }] });
    expect(await dumpAll(t.deps)).toEqual(before);
    expect(await handle({ type: 'import/landed', payload: { jobId: 'job-1' } }, DASHBOARD)).toEqual({ ok: true, data: { landed: false } });
  });

  it('import/run without its parts (the worker stopped while the file was handed over) is refused as upload-incomplete and changes nothing', async () => {
    const before = await dumpAll(t.deps);
    const vcf = bytesOf('made-up_xing_vcards-3.0_several.vcf');
    const res = await handle({ type: 'import/run', payload: { jobId: 'job-9', fileName: 'x.vcf', size: vcf.length } }, DASHBOARD);
    expect(res).toMatchObject({ ok: false, error: { code: 'upload-incomplete', message: expect.stringContaining(`(0 of ${vcf.length} bytes)`) } });
    const later = await handle({ type: 'import/part', payload: { jobId: 'job-9', at: 10, base64: 'AAAA' } }, DASHBOARD);
    expect(later).toMatchObject({ ok: false, error: { code: 'upload-incomplete' } });
    expect(await dumpAll(t.deps)).toEqual(before);
    expect(await handle({ type: 'import/landed', payload: { jobId: 'job-9' } }, DASHBOARD)).toEqual({ ok: true, data: { landed: false } });
  });

  it('backup, restore and the date of the last backup; CSV and vCard exports', async () => {
    await routeFile(handle, DASHBOARD, 'job-1', 'made-up_xing_vcards-3.0_several.vcf', bytesOf('made-up_xing_vcards-3.0_several.vcf'));
    expect(await handle({ type: 'backup/status', payload: {} }, DASHBOARD)).toEqual({ ok: true, data: { lastBackupAt: null } });
    const backup = await handle({ type: 'backup/export', payload: {} }, DASHBOARD);
    if (!backup.ok) throw new Error(backup.error.message);
    const json = (backup.data as { json: string }).json;
    expect(await handle({ type: 'backup/status', payload: {} }, DASHBOARD)).toEqual({ ok: true, data: { lastBackupAt: t.deps.now() } });
    const restored = await handle({ type: 'backup/restore', payload: { json } }, DASHBOARD);
    expect(restored.ok && restored.data).toMatchObject({ restored: { people: 3, identities: 2 }, quarantined: 0 });
    expect(await handle({ type: 'backup/restore', payload: { json: 'not json' } }, DASHBOARD)).toMatchObject({ ok: false, error: { message: 'this is not a Handschlag backup file' } });
    const csv = await handle({ type: 'export/people', payload: { format: 'csv' } }, DASHBOARD);
    expect(csv.ok && csv.data).toMatchObject({ count: 3, text: expect.stringContaining('Katrin Schulz,"Partnerin, Steuerberatung"') });
    const ids = (await dumpAll(t.deps)).people!.map((p) => (p as { id: string }).id).slice(0, 1);
    const vcf = await handle({ type: 'export/people', payload: { format: 'vcard', personIds: ids } }, DASHBOARD);
    expect(vcf.ok && vcf.data).toMatchObject({ count: 1, text: expect.stringMatching(/^BEGIN:VCARD\r\nVERSION:3.0\r\n/) });
  });
});
