import type { Translate } from '../../utils/i18n';
import type { MergeUndo } from '../../utils/model/person-views';

/** What the dashboard says after a merge, an undo or a delete on the person page. */
export type PersonNotice = { kind: 'merged'; name: string; undo: MergeUndo } | { kind: 'undone' } | { kind: 'undo-refused' } | { kind: 'deleted'; name: string } | null;

/** The notice's sentence. Pure. */
export function personNoticeText(t: Translate, notice: NonNullable<PersonNotice>): string {
  switch (notice.kind) {
    case 'merged':
      return t('journal_merged', notice.name);
    case 'undone':
      return t('journal_undone');
    case 'undo-refused':
      return t('journal_undoRefused');
    case 'deleted':
      return t('journal_deleted', notice.name);
  }
}
