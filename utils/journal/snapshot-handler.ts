import { z } from 'zod';
import type { Handler } from '../messaging/router';
import { HandlerError } from '../messaging/handler-error';
import { protocol, type ResponseOf } from '../messaging/protocol';
import { detectPage } from '../platforms/detect';
import { isLeftAlone } from '../platforms/left-alone';
import { PAGE_TYPES } from '../platforms/page-types';
import { NOT_YET_RENDERED, type ParseErrorCode } from '../platforms/parse-result';
import type { SnapshotInput } from '../platforms/parse-snapshot';
import { requireOwnPage } from './sender-page';

/** Parses a page copy away from the page (offscreen document, event page): the entrypoint gives it. */
export type SnapshotReader = (input: SnapshotInput) => Promise<unknown>;

// What the reader answers crosses a message boundary (Chrome's offscreen document): checked like any message.
const ReadAnswer = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), page: z.object({ pageType: z.enum(PAGE_TYPES), person: z.object({ key: z.string(), facts: z.unknown() }).optional() }) }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.string().max(60), pageType: z.enum(PAGE_TYPES).nullable(), field: z.string().max(60).optional(), message: z.string().max(500) }),
  }),
]);

type Inner = { profile: Handler<'capture/profile'>; failed: Handler<'capture/failed'> };

/**
 * `capture/snapshot`: a profile reader's page copy, read here and recorded through the handlers of
 * `capture/profile` and `capture/failed` (so a person or a failure is recorded exactly as when the page was read in
 * the tab). A failure that may mean "not rendered yet" is only counted once the page has settled; the own profile
 * and a login wall were left alone on purpose and are not counted at all.
 */
export function snapshotHandler(read: SnapshotReader | undefined, now: () => number, inner: Inner): Handler<'capture/snapshot'> {
  return async (payload, sender): Promise<ResponseOf<'capture/snapshot'>> => {
    requireOwnPage(payload.url, sender);
    const page = detectPage(payload.url);
    if (page?.type !== `${payload.platform}.profile`) throw new HandlerError('invalid-request', 'capture/snapshot: the URL is not a profile of this site');
    if (!read) throw new Error('no page reader in this context');
    const at = now();
    const answer = ReadAnswer.safeParse(await read({ platform: payload.platform, url: payload.url, html: payload.html, now: at, tzOffsetMin: new Date(at).getTimezoneOffset() }));
    if (!answer.success) throw new Error('the page reader gave no readable answer');
    const { platform, url, auto } = payload;
    const parsed = answer.data;
    if (!parsed.ok) {
      const { code, field, message } = parsed.error;
      const pageType = parsed.error.pageType ?? page.type;
      if (!payload.settled && NOT_YET_RENDERED.has(code as ParseErrorCode)) return { state: 'not-yet', pageType };
      if (!isLeftAlone(code)) await inner.failed({ platform, url, auto, pageType, error: { code, message, ...(field ? { field } : {}) } }, sender);
      return { state: 'failed', pageType, error: { code, message, ...(field ? { field } : {}) } };
    }
    if (parsed.page.person) {
      const checked = protocol['capture/profile'].request.safeParse({ platform, url, auto, facts: parsed.page.person.facts });
      if (!checked.success) throw new HandlerError('invalid-request', `capture/snapshot: ${checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      await inner.profile(checked.data, sender);
    }
    return { state: 'recorded', pageType: parsed.page.pageType };
  };
}
