import type { Platform } from '../../utils/model/base';
import type { Translate } from '../../utils/i18n';
import { siteName } from '../format';
import type { Judgement } from './RequestRow';

/**
 * What the last local action did, with its undo. `requestId`: the row it acted on. `name`: whose entry a blocklist
 * notice is about (a team file's name for it, else the journal's), `platform`: the site of that entry, which can
 * be the person's other site (an entry for any identity of a person blocks the person).
 */
export type RequestsNotice =
  | { kind: 'verdict'; requestId?: string; name: string; verdict: Judgement | null }
  | { kind: 'unblocked' | 'notListed' | 'blocked'; requestId?: string; name: string; platform: Platform }
  | { kind: 'alreadyBlocked'; requestId?: string; name: string }
  | { kind: 'undone'; requestId?: string };

/** The notice in words. A block in Handschlag says that the site knows nothing of it, with the site's own flow's name. */
export function requestsNoticeText(t: Translate, notice: RequestsNotice): string {
  switch (notice.kind) {
    case 'undone':
      return t('requests_noticeUndone');
    case 'verdict':
      return notice.verdict === 'genuine'
        ? t('requests_noticeGenuine', notice.name)
        : notice.verdict === 'collector'
          ? t('requests_noticeCollector', notice.name)
          : t('requests_noticeCleared', notice.name);
    case 'unblocked':
      return t('requests_noticeUnblockedEntry', [notice.name, siteName(t, notice.platform)]);
    case 'notListed':
      return t('requests_noticeNotListed', [notice.name, siteName(t, notice.platform)]);
    case 'blocked': {
      const site = siteName(t, notice.platform);
      return t('requests_noticeBlocked', [notice.name, site, t('triage_block')]);
    }
    case 'alreadyBlocked':
      return t('requests_noticeAlreadyBlocked', notice.name);
  }
}

/** Whether the notice offers Undo: an action that changed nothing has nothing to undo. */
export const undoable = (notice: RequestsNotice | null): boolean => !!notice && (notice.kind === 'verdict' || notice.kind === 'unblocked' || notice.kind === 'blocked');
