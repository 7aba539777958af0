import { describe, expect, it } from 'vitest';
import { createPerson, logMeeting } from '../../../utils/journal/meetings';
import { deletePerson, namesAny } from '../../../utils/journal/person-delete';
import { neutralFileName, textNames } from '../../../utils/journal/person-traces';
import { recordProfile } from '../../../utils/journal/profiles';
import { importHandlers } from '../../../utils/journal/import-handlers';
import { importLanded } from '../../../utils/journal/import-journal';
import { exportBackup } from '../../../utils/journal/backup';
import { testDeps } from '../helpers/journal';
import { sendFile } from '../import/send-file';

const vcard = (name: string, url: string) => ['BEGIN:VCARD', 'VERSION:3.0', `FN:${name}`, 'ORG:Brückner GmbH', `URL:${url}`, 'END:VCARD', ''].join('\r\n');

// Review of the person page, findings 2, 3 and 8: after a delete, no store and no backup holds the person's name or key.
describe('deleting a person clears what names them outside their records', () => {
  it("renames the import receipt's file that names them, keeping the receipt (it tells whether the import landed)", async () => {
    const t = await testDeps();
    const out = await sendFile(importHandlers(t.deps), 'job-1', 'Jana Schmidt.vcf', new TextEncoder().encode(vcard('Jana Schmidt', 'https://www.xing.com/profile/Jana_Schmidt12')));
    expect(out).toMatchObject({ status: 'imported' });
    const [jana] = await t.deps.db.getAll('people');
    await deletePerson(t.deps, jana!.id);
    expect(JSON.stringify(await exportBackup(t.deps))).not.toContain('Jana Schmidt');
    expect(await t.deps.db.get('settings', 'lastImport' as never)).toMatchObject({ jobId: 'job-1', fileName: '*.vcf' });
    expect(await importLanded(t.deps, 'job-1')).toBe(true);
  });

  it("keeps a receipt whose file does not name them", async () => {
    const t = await testDeps();
    const cards = vcard('Jana Schmidt', 'https://www.xing.com/profile/Jana_Schmidt12') + vcard('Max Muster', 'https://www.xing.com/profile/Max_Muster');
    await sendFile(importHandlers(t.deps), 'job-2', 'Kontakte.vcf', new TextEncoder().encode(cards));
    const jana = (await t.deps.db.getAll('people')).find((p) => p.displayName === 'Jana Schmidt')!;
    await deletePerson(t.deps, jana.id);
    expect(await t.deps.db.get('settings', 'lastImport' as never)).toMatchObject({ jobId: 'job-2', fileName: 'Kontakte.vcf' });
  });

  it('deletes the events only their meetings linked to; an event another person was met at stays', async () => {
    const t = await testDeps();
    const jana = await createPerson(t.deps, { displayName: 'Jana Schmidt' });
    const max = await createPerson(t.deps, { displayName: 'Max Muster' });
    const lunch = await logMeeting(t.deps, { personId: jana, eventName: 'Mittagessen mit Jana Schmidt', at: t.deps.now() });
    const fair = await logMeeting(t.deps, { personId: jana, eventName: 'AUFSCHWUNG-Messe', at: t.deps.now() });
    await logMeeting(t.deps, { personId: max, eventName: 'AUFSCHWUNG-Messe', at: t.deps.now() });
    await deletePerson(t.deps, jana);
    expect(JSON.stringify(await exportBackup(t.deps))).not.toContain('Jana Schmidt');
    expect(await t.deps.db.get('events', lunch.eventId!)).toBeUndefined();
    expect(await t.deps.db.get('events', fair.eventId!)).toMatchObject({ name: 'AUFSCHWUNG-Messe' });
  });

  it('removes a quarantined record naming a LinkedIn profile by its percent-encoded URL when the key has umlauts', async () => {
    const t = await testDeps();
    const url = 'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/';
    const { personId } = await recordProfile(t.deps, { platform: 'linkedin', key: 'jürgen-müller', url, facts: { name: 'Jürgen Müller' } });
    await t.deps.db.put('quarantine', { id: 'q-own', store: 'snapshots', key: 's2', record: { id: 's2', url, facts: 'broken' }, error: 'bad', at: 1 });
    await t.deps.db.put('quarantine', { id: 'q-lower', store: 'snapshots', key: 's3', record: { url: url.toLowerCase() }, error: 'bad', at: 1 });
    await t.deps.db.put('quarantine', { id: 'q-other', store: 'snapshots', key: 's4', record: { url: 'https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-2/' }, error: 'bad', at: 1 });
    await deletePerson(t.deps, personId);
    expect(await t.deps.db.get('quarantine', 'q-own')).toBeUndefined();
    expect(await t.deps.db.get('quarantine', 'q-lower')).toBeUndefined();
    expect(await t.deps.db.get('quarantine', 'q-other')).toBeDefined();
  });
});

describe('which texts name the person', () => {
  it.each([
    ['{"url":"https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller/"}', ['jürgen-müller'], true],
    ['{"url":"https://www.linkedin.com/in/ju%CC%88rgen/"}', ['jürgen'], true], // the decomposed (NFD) form
    ['{"url":"https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller-2/"}', ['jürgen-müller'], false],
    ['{"note":"100% sicher"}', ['sicher'], true],
    ['{"note":"%E0%A4 kaputt"}', ['jürgen'], false],
  ] as const)('%s names keys %j: %s', (text, keys, expected) => {
    expect(namesAny(text, [], keys)).toBe(expected);
  });

  it.each([
    ['Jana Schmidt.vcf', ['Jana Schmidt'], true],
    ['Schmidt, Jana.vcf', ['Jana Schmidt'], true],
    ['jana_schmidt_koeln.csv', ['jana-schmidt-koeln'], true],
    ['JÜRGEN MUELLER.vcf', ['Jürgen Müller'], true],
    ['Jürgen Müller.vcf', ['Ju\u0308rgen Mu\u0308ller'], true],
    ['Jana.vcf', ['Jana Schmidt'], false],
    ['Kontakte.vcf', ['Jana Schmidt', 'Jana_Schmidt12'], false],
    ['anything.vcf', ['😀', ''], false],
  ] as const)('file %s names %j: %s', (fileName, names, expected) => {
    expect(textNames(fileName, names)).toBe(expected);
  });

  it.each([
    ['Jana Schmidt.vcf', '*.vcf'],
    ['Connections.CSV', '*.CSV'],
    ['Jana Schmidt', '*'],
  ])('%s is named %s after the delete', (fileName, expected) => {
    expect(neutralFileName(fileName)).toBe(expected);
  });
});
