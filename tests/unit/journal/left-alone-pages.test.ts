import { describe, expect, it } from 'vitest';
import { listDiagnostics, recordParseOutcome } from '../../../utils/journal/diagnostics';
import { snapshotHandler } from '../../../utils/journal/snapshot-handler';
import type { Client } from '../../../utils/messaging/client';
import type { ClassifiedSender } from '../../../utils/messaging/senders';
import { sendPage } from '../../../utils/platforms/common/actions/send-page';
import type { PageParse } from '../../../utils/platforms/facts';
import type { ParseErrorCode } from '../../../utils/platforms/parse-result';
import type { PageType } from '../../../utils/platforms/page-types';
import { testDeps } from '../helpers/journal';

// Review of Events and Diagnostics, finding 2: the own profile and a login wall were recognised and left alone on
// purpose; Diagnostics counted them as "Not recognised", which made a healthy reader look broken.

const URL = 'https://www.xing.com/profile/Annika_Boehm3';
const LEFT_ALONE: [ParseErrorCode, PageType][] = [
  ['own-profile', 'xing.profile'],
  ['system-page', 'xing.loginwall'],
];
const COUNTED: [ParseErrorCode, PageType][] = [
  ['layout-not-recognised', 'xing.profile'],
  ['page-too-large', 'xing.profile'],
];
const refusal = (code: ParseErrorCode, pageType: PageType): PageParse => ({ ok: false, error: { code, pageType, message: 'x' } });

function background() {
  const sent: string[] = [];
  const client = { send: async (type: string) => (sent.push(type), { ok: true, data: {} }) } as unknown as Client;
  return { client, sent };
}

describe('a page left alone on purpose is no failure in Diagnostics', () => {
  it('the content script does not send it as capture/failed, but still tells the popup why', async () => {
    for (const [code, pageType] of LEFT_ALONE) {
      const { client, sent } = background();
      expect(await sendPage(client, 'xing', URL, refusal(code, pageType), true)).toEqual({ ok: false, error: expect.objectContaining({ code }) });
      expect(sent, code).toEqual([]);
    }
  });

  it('a page that could not be read is still sent', async () => {
    for (const [code, pageType] of COUNTED) {
      const { client, sent } = background();
      await sendPage(client, 'xing', URL, refusal(code, pageType), true);
      expect(sent, code).toEqual(['capture/failed']);
    }
  });

  it('a profile reader\'s page copy: the failure handler is called only for a page that could not be read', async () => {
    const tab: ClassifiedSender = { kind: 'content', platform: 'xing', tabId: 1, url: URL };
    for (const [code, pageType] of [...LEFT_ALONE, ...COUNTED]) {
      const failed: string[] = [];
      const handler = snapshotHandler(async () => ({ ok: false, error: { code, pageType, message: 'x' } }), () => 0, {
        profile: async () => ({ created: false, personId: 'p', changed: [] }) as never,
        failed: async (payload) => (failed.push(payload.error.code ?? ''), {}),
      });
      const res = await handler({ platform: 'xing', url: URL, html: '<html></html>', settled: true, auto: true }, tab);
      expect(res, code).toMatchObject({ state: 'failed', error: { code } });
      expect(failed, code).toEqual(COUNTED.some(([c]) => c === code) ? [code] : []);
    }
  });

  it('the background does not count one either (an older content script may still send it)', async () => {
    const t = await testDeps();
    for (const [code, pageType] of LEFT_ALONE) await recordParseOutcome(t.deps, { pageType, failure: { code, message: 'x' } });
    expect(await listDiagnostics(t.deps)).toEqual([]);
    await recordParseOutcome(t.deps, { pageType: 'xing.profile', failure: { code: 'page-too-large', message: 'x' } });
    expect(await listDiagnostics(t.deps)).toEqual([expect.objectContaining({ pageType: 'xing.profile', failures: 1, lastFailure: expect.objectContaining({ code: 'page-too-large' }) })]);
  });
});
