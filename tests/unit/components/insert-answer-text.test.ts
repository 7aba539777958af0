// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { insertAnswerText } from '../../../components/compose/insert-answer-text';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { translatorFromMessages } from '../../../utils/i18n';
import type { ComposeInsertAnswer } from '../../../utils/messaging/compose-messages';
import { findBoxFor } from '../../../utils/platforms/common/actions/message-box';

const DE = translatorFromMessages(de);
const EN = translatorFromMessages(en);

// Review of the words, finding 13: "Der Text ließ sich nicht einfügen: it is not clear whose message box is open".
describe('what Insert says, in the UI language only', () => {
  it.each<[string, ComposeInsertAnswer | undefined, string, string]>([
    ['inserted', { ok: true }, 'In das Nachrichtenfeld von Anna Berg eingefügt. Prüfen Sie den Text und senden Sie ihn selbst.', 'Inserted into the message box of Anna Berg. Check it and send it yourself.'],
    ['no box', { ok: false, reason: 'no-box' }, 'Auf der Seite ist kein Nachrichtenfeld geöffnet. Öffnen Sie zuerst die Unterhaltung oder das Notizfeld von Anna Berg.', 'No open message box on the page. Open the conversation or the note box of Anna Berg first.'],
    ['no answer at all', undefined, 'Auf der Seite ist kein Nachrichtenfeld geöffnet. Öffnen Sie zuerst die Unterhaltung oder das Notizfeld von Anna Berg.', 'No open message box on the page. Open the conversation or the note box of Anna Berg first.'],
    ['someone else\'s box', { ok: false, reason: 'other-person', detail: 'Jana Schmidt' }, 'Das geöffnete Nachrichtenfeld gehört zu Jana Schmidt, nicht zu Anna Berg. Es wurde nichts eingefügt.', ''],
    ['whose box is unclear', { ok: false, reason: 'unknown-owner' }, 'Es ist unklar, zu wem das geöffnete Nachrichtenfeld gehört. Es wurde nichts eingefügt.', 'It is not clear whose message box is open. Nothing was inserted.'],
    ['the box did not take it', { ok: false, reason: 'not-taken' }, 'Das Nachrichtenfeld hat den Text nicht angenommen. Kopieren Sie ihn und fügen Sie ihn selbst ein.', 'The message box did not take the text. Copy it and paste it yourself.'],
    ['the tab could not be reached', { ok: false, reason: 'unreachable' }, 'Handschlag konnte die Seite nicht erreichen. Laden Sie die Seite neu und versuchen Sie es noch einmal.', 'Handschlag could not reach the page. Reload the page and try again.'],
    ['an older script\'s answer', { ok: false, reason: 'failed', detail: 'the box did not take the text' } as unknown as ComposeInsertAnswer, 'Das Nachrichtenfeld hat den Text nicht angenommen. Kopieren Sie ihn und fügen Sie ihn selbst ein.', 'The message box did not take the text. Copy it and paste it yourself.'],
  ])('%s', (_name, answer, german, english) => {
    expect(insertAnswerText(DE, answer, 'Anna Berg')).toEqual({ kind: answer?.ok ? 'ok' : 'error', text: german });
    if (english) expect(insertAnswerText(EN, answer, 'Anna Berg').text).toBe(english);
  });

  it('the page code answers with a code, never with an English sentence', () => {
    document.body.innerHTML = '<main><form class="msg-form"><textarea name="message"></textarea></form></main>'; // test markup only
    const found = findBoxFor(document, 'https://www.xing.com/chats/abc', [], { key: 'Anna_Berg', name: 'Anna Berg' });
    expect(found).toEqual({ ok: false, reason: 'unknown-owner' });
    expect(insertAnswerText(DE, found.ok ? { ok: true } : found, 'Anna Berg').text).not.toMatch(/it is not clear|the box did not take/);
  });
});
