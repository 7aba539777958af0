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
    // Issue 19: rows of Connections.csv imported without their unreadable date, in a sentence of their own.
    [{ undated: 1 }, '1 connection imported without its date: it could not be read.', '1 Kontakt ohne Verbindungsdatum importiert: das Datum war nicht lesbar.'],
    [{ undated: 1200 }, '1,200 connections imported without their date: it could not be read.', '1.200 Kontakte ohne Verbindungsdatum importiert: das Datum war jeweils nicht lesbar.'],
    [
      { hidden: 2, undated: 3 },
      'Left out on purpose: 2 members who hide their name or closed their account. 3 connections imported without their date: it could not be read.',
      'Bewusst ausgelassen: 2 Mitglieder, die ihren Namen verbergen oder ihr Konto geschlossen haben. 3 Kontakte ohne Verbindungsdatum importiert: das Datum war jeweils nicht lesbar.',
    ],
    [{ undated: 0 }, '', ''],
    // Messages whose date could not be read are left out (a message needs its time), in a sentence of their own.
    [{ undatedMessages: 1 }, '1 message without a readable date was left out.', '1 Nachricht ohne lesbares Datum wurde ausgelassen.'],
    [{ undatedMessages: 1200 }, '1,200 messages without a readable date were left out.', '1.200 Nachrichten ohne lesbares Datum wurden ausgelassen.'],
    [
      { sponsored: 2, undatedMessages: 3 },
      'Left out on purpose: 2 sponsored messages. 3 messages without a readable date were left out.',
      'Bewusst ausgelassen: 2 gesponserte Nachrichten. 3 Nachrichten ohne lesbares Datum wurden ausgelassen.',
    ],
    [{ undatedMessages: 0 }, '', ''],
    // Open invitations of Invitations.csv imported without their unreadable date: not called connections.
    [{ undatedInvitations: 1 }, '1 open invitation imported without its date: it could not be read.', '1 offene Einladung ohne Datum importiert: das Datum war nicht lesbar.'],
    [{ undatedInvitations: 4 }, '4 open invitations imported without their date: it could not be read.', '4 offene Einladungen ohne Datum importiert: das Datum war jeweils nicht lesbar.'],
  ])('%j', (skipped, english, german) => {
    expect(skippedText(tEn, 'en-GB', skipped)).toBe(english);
    expect(skippedText(tDe, 'de-DE', skipped)).toBe(german);
  });
});
