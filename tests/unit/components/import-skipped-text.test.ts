import { describe, expect, it } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { skippedText } from '../../../components/dashboard/import-skipped-text';
import { translatorFromMessages } from '../../../utils/i18n';

const tEn = translatorFromMessages(en);
const tDe = translatorFromMessages(de);

describe('what an import left out, in words', () => {
  it.each([
    [{}, '', ''],
    [{ hidden: 1 }, 'Left out on purpose: 1 member who hides their name or closed their account.', 'Bewusst ausgelassen: 1 Mitglied, das seinen Namen verbirgt oder sein Konto geschlossen hat.'],
    [{ hidden: 1200 }, 'Left out on purpose: 1,200 members who hide their name or closed their account.', 'Bewusst ausgelassen: 1.200 Mitglieder, die ihren Namen verbergen oder ihr Konto geschlossen haben.'],
    [{ sponsored: 3, draft: 1, empty: 2 }, 'Left out on purpose: 3 sponsored messages; 1 draft; 2 empty messages.', 'Bewusst ausgelassen: 3 gesponserte Nachrichten; 1 Entwurf; 2 leere Nachrichten.'],
  ])('%j', (skipped, english, german) => {
    expect(skippedText(tEn, 'en-GB', skipped)).toBe(english);
    expect(skippedText(tDe, 'de-DE', skipped)).toBe(german);
  });
});
