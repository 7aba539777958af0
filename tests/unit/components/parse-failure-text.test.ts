import { describe, expect, it } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { parseFailureText } from '../../../components/parse-failure-text';
import { translatorFromMessages } from '../../../utils/i18n';
import type { ParseErrorCode } from '../../../utils/platforms/parse-result';

const tDe = translatorFromMessages(de);
const tEn = translatorFromMessages(en);

// Every code a parser can name: the popup says each in words, never the code or the developer's message.
const CODES: Record<ParseErrorCode, true> = {
  'unsupported-page': true,
  'system-page': true,
  'missing-field': true,
  'missing-name': true,
  'missing-key': true,
  'layout-not-recognised': true,
  'conflicting-field': true,
  'own-profile': true,
  'page-too-large': true,
};
const DEV_MESSAGE = 'field "name" failed: h1.profile-name > span (aria-label mismatch)';

describe('why a page was not read, in the UI language (issue 15)', () => {
  it.each([
    [{ code: 'missing-field', field: 'name' }, 'der Name wurde auf der Seite nicht gefunden', 'the name was not found on the page'],
    [{ code: 'missing-name' }, 'der Name wurde auf der Seite nicht gefunden', 'the name was not found on the page'],
    [{ code: 'missing-key' }, 'die Profiladresse wurde auf der Seite nicht gefunden', 'the profile address was not found on the page'],
    [{ code: 'missing-field', field: 'company' }, 'ein nötiger Teil wurde auf der Seite nicht gefunden', 'a required part was not found on the page'],
    [{ code: 'conflicting-field', field: 'name' }, 'der Name steht auf der Seite anders als in den Daten der Seite selbst; Handschlag rät nicht', "the name on the page differs from the page's own data; Handschlag does not guess"],
    [{ code: 'layout-not-recognised' }, 'der Aufbau der Seite wurde nicht erkannt (die Website wurde vielleicht geändert)', "the page's layout was not recognised (the site may have changed)"],
    [{ code: 'own-profile' }, 'dies ist Ihr eigenes Profil', 'this is your own profile'],
    [{ code: 'page-too-large' }, 'die Seite ist zu groß, um gelesen zu werden', 'the page is too large to read'],
    [{ code: 'something-new' }, 'die Seite wurde nicht verstanden', 'the page was not understood'],
    [{}, 'die Seite wurde nicht verstanden', 'the page was not understood'],
  ])('%o', (failure, german, english) => {
    expect(parseFailureText(tDe, { ...failure, message: DEV_MESSAGE })).toBe(german);
    expect(parseFailureText(tEn, { ...failure, message: DEV_MESSAGE })).toBe(english);
  });

  it('a refusal of the router is one plain sentence', () => {
    expect(parseFailureText(tEn, { code: 'invalid-request', message: 'facts.name: Too big' })).toBe(tEn('integrity_errorRefused'));
  });

  it('no code and no developer message ever reaches the screen', () => {
    for (const code of Object.keys(CODES)) {
      for (const t of [tDe, tEn]) {
        const text = parseFailureText(t, { code, field: 'name', message: DEV_MESSAGE });
        expect(text).not.toContain(code);
        expect(text).not.toContain('aria-label');
        expect(text.length).toBeGreaterThan(10);
      }
    }
  });
});
