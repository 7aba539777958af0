// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PagePanel } from '../../../components/popup/PagePanel';
import type { PageState } from '../../../components/popup/page-state';
import type { JournalActions } from '../../../components/popup/PersonPanel';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { JournalUpgradeError } from '../../../utils/journal/open';
import { renderIn } from '../helpers/render-in';

const NO_JOURNAL: JournalActions = { eventNames: [], now: 0, onLogMeeting: async () => ({}), onSaveNotes: async () => {}, onOpenPerson: () => {} };
const WORDS: Record<string, object> = { de, en };
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const panel = (messages: object, locale: string, page: PageState) => renderIn(messages, <PagePanel page={page} locale={locale} onCapture={() => {}} onManualEntry={() => {}} journal={NO_JOURNAL} />);

// Review of the words, finding 7: "XING: erhaltene Kontaktanfragen konnte nicht gelesen werden" (plural subject, singular verb).
describe('a page that could not be read names it as "this page"', () => {
  it.each([
    ['xing.requests.received', 'de', 'Diese Seite (XING: erhaltene Kontaktanfragen) konnte nicht gelesen werden: '],
    ['linkedin.invitations.sent', 'de', 'Diese Seite (LinkedIn: gesendete Kontaktanfragen) konnte nicht gelesen werden: '],
    ['linkedin.messaging', 'de', 'Diese Seite (LinkedIn: Nachrichten) konnte nicht gelesen werden: '],
    ['xing.requests.received', 'en', 'This page (XING contact requests received) could not be read: '],
  ])('%s (%s)', (pageType, locale, start) => {
    const page: PageState = { kind: 'layout', platform: pageType.startsWith('xing') ? 'xing' : 'linkedin', pageType, message: 'no cards', code: 'layout-not-recognised' };
    const alert = text(panel(WORDS[locale]!, locale, page).querySelector('[role="alert"]')!);
    expect(alert.startsWith(start)).toBe(true);
    expect(alert).not.toMatch(/(Kontaktanfragen|Nachrichten) konnte/);
  });
});

// Review of the words, finding 9: issue 18 promised that the popup on a chat "shows what was saved from it".
describe('the popup on a conversation says what was saved from it', () => {
  it.each([
    ['de', 0, 'Aus diesem Gespräch ist nichts gespeichert'],
    ['de', 1, '1 Nachricht aus diesem Gespräch ist gespeichert.'],
    ['de', 3, '3 Nachrichten aus diesem Gespräch sind gespeichert.'],
    ['en', 1, '1 message from this conversation is saved.'],
    ['en', 1200, '1,200 messages from this conversation are saved.'],
  ])('%s, %s saved', (locale, saved, expected) => {
    expect(text(panel(WORDS[locale]!, locale, { kind: 'conversation', saved }))).toContain(expected);
  });

  it('before the content script has read the chat, only the general sentence', () => {
    const shown = text(panel(de, 'de', { kind: 'conversation' }));
    expect(shown).toMatch(/^Dies ist ein Gespräch\./);
    expect(shown).not.toMatch(/gespeichert\.$|nichts gespeichert/);
  });
});

// Review of the words, finding 13: "Einzelheiten: journal upgrade to version 5 failed (still at version 4): QuotaExceededError".
describe('a failed journal upgrade is said in the UI language only', () => {
  it.each([
    ['de', 'Handschlag konnte sein Journal nicht auf die neue Version umstellen.'],
    ['en', 'Handschlag could not update its journal to the new version.'],
  ])('%s', (locale, start) => {
    const error = new JournalUpgradeError(4, 5, new Error('QuotaExceededError'));
    const shown = text(panel(WORDS[locale]!, locale, { kind: 'error', code: 'journal-upgrade-failed', message: error.message }).querySelector('[role="alert"]')!);
    expect(shown.startsWith(start)).toBe(true);
    expect(shown).not.toMatch(/journal upgrade|version 5|QuotaExceeded|\$/);
  });
});
