import { describe, expect, it } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { personNoticeText } from '../../../components/dashboard/person-notice';
import { translatorFromMessages } from '../../../utils/i18n';
import type { MergeUndo } from '../../../utils/model/person-views';

const tDe = translatorFromMessages(de);
const tEn = translatorFromMessages(en);
const undo = {} as MergeUndo;

describe('the person page notice', () => {
  it.each([
    [{ kind: 'merged', name: 'Jana Schmidt', undo }, 'Jana Schmidt merged into this person.', 'Jana Schmidt wurde mit dieser Person zusammengeführt.'],
    [{ kind: 'undone' }, 'Merge undone.', 'Zusammenführung rückgängig gemacht.'],
    [{ kind: 'undo-refused' }, 'This merge can no longer be undone: the person was changed after it.', 'Die Zusammenführung lässt sich nicht mehr rückgängig machen: Die Person wurde danach geändert.'],
  ] as const)('%j', (notice, english, german) => {
    expect(personNoticeText(tEn, notice)).toBe(english);
    expect(personNoticeText(tDe, notice)).toBe(german);
  });
});
