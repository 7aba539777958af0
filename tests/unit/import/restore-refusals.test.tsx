// @vitest-environment happy-dom
// A restore refused before anything changed says why in the user's language: the background answers with a code
// (the English message is for developers), the dashboard words it from the locale files.
import { describe, expect, it } from 'vitest';
import { ImportStatus } from '../../../components/dashboard/ImportStatus';
import { jobProblemOf } from '../../../components/dashboard/job-problem-text';
import { createHandlers } from '../../../utils/journal/handlers';
import { importHandlers } from '../../../utils/journal/import-handlers';
import { DB_VERSION } from '../../../utils/journal/migrations';
import { createRouter } from '../../../utils/messaging/router';
import type { SenderInfo } from '../../../utils/messaging/senders';
import { dumpAll, testDeps } from '../helpers/journal';
import { renderIn } from '../helpers/render-in';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const DASHBOARD: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/options.html#import' };
const backup = (over: object) => JSON.stringify({ format: 'handschlag-backup', version: 1, schemaVersion: DB_VERSION, exportedAt: 1, stores: {}, ...over });

/** What the dashboard shows for a restore the background refused with this answer. */
const shown = (code: string, messages: object, locale: string) =>
  renderIn(messages, <ImportStatus state={{ kind: 'failed', job: 'restore', problem: jobProblemOf(code) }} locale={locale} onCancel={() => {}} />).textContent ?? '';

describe('a restore refused before anything changed', () => {
  it.each([
    ['the blocklist JSON', JSON.stringify({ format: 'handschlag-blocklist', entries: [] }), 'not-a-backup', 'Diese Datei ist keine Sicherung von Handschlag', 'this file is not a Handschlag backup'],
    ['a LinkedIn CSV renamed', 'First Name,Last Name\nAnna,Berg', 'not-a-backup', 'Diese Datei ist keine Sicherung von Handschlag', 'this file is not a Handschlag backup'],
    ['a newer version\'s backup', backup({ version: 2 }), 'backup-too-new', 'neueren Version von Handschlag', 'made by a newer version'],
    ['a newer journal schema', backup({ schemaVersion: DB_VERSION + 1 }), 'backup-too-new', 'neueren Version von Handschlag', 'made by a newer version'],
    ['a store this version does not know', backup({ stores: { gossip: [] } }), 'backup-unknown-stores', 'Daten, die diese Version von Handschlag nicht kennt', 'data this version of Handschlag does not know'],
  ])('%s: refused with its code, nothing changes, and the German dashboard says why in German', async (_name, json, code, german, english) => {
    const { deps } = await testDeps();
    const handle = createRouter(createHandlers(deps), SELF);
    const before = await dumpAll(deps);
    const res = await handle({ type: 'backup/restore', payload: { json } }, DASHBOARD);
    expect(res).toMatchObject({ ok: false, error: { code } });
    expect(await dumpAll(deps)).toEqual(before);
    if (res.ok) return;
    const textDe = shown(res.error.code, de, 'de');
    expect(textDe).toContain('Die Sicherung wurde nicht wiederhergestellt, Ihr Journal ist unverändert: ');
    expect(textDe).toContain(german);
    expect(textDe).not.toContain(res.error.message);
    expect(shown(res.error.code, en, 'en')).toContain(english);
  });

  it('a restore while another job runs: "job-running", worded in German', async () => {
    const { deps } = await testDeps();
    const handlers = importHandlers(deps);
    const first = handlers['backup/restore']({ json: backup({}) }, {} as never);
    await expect(handlers['backup/restore']({ json: backup({}) }, {} as never)).rejects.toMatchObject({ code: 'job-running' });
    await first;
    expect(shown('job-running', de, 'de')).toContain('Ein anderer Import oder eine Wiederherstellung läuft noch');
  });

  it.each([
    ['unreachable', 'Der Hintergrunddienst von Handschlag hat nicht geantwortet'],
    ['handler-failed', 'Ein unerwarteter Fehler ist aufgetreten'],
    ['invalid-request', 'Ein unerwarteter Fehler ist aufgetreten'],
  ])('any other answer (%s) is a German sentence too, never the background\'s message', (code, german) => {
    expect(shown(code, de, 'de')).toContain(german);
  });
});
