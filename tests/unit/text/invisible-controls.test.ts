import { describe, expect, it } from 'vitest';
import { cleanText, hasInvisibleControls } from '../../../utils/text/clean';

// The quick checks (e.g. whether an own-profile control must be walked) rely on the tester finding exactly the
// characters that cleaning removes; the edges of each range are listed, and so are the look-alikes that are kept.
describe('hasInvisibleControls', () => {
  it.each([
    ['', false],
    ['Anna Beispiel', false],
    ['Jürgen Müller', false],
    ['\u0000 NUL', true],
    ['\u0008 backspace', true],
    ['\u0009 tab (white space, folded)', false],
    ['\u000A line feed (white space, folded)', false],
    ['\u000B vertical tab', true],
    ['\u000C form feed', true],
    ['\u000D carriage return (white space, folded)', false],
    ['\u000E shift out', true],
    ['\u001F unit separator', true],
    ['\u007F delete', true],
    ['\u0085 next line (C1)', true],
    ['\u009F application command', true],
    ['\u00A0 no-break space', false],
    ['\u00AD soft hyphen', false],
    ['\u061C Arabic letter mark', true],
    ['\u200B zero-width space', true],
    ['\u200C zero-width non-joiner (kept)', false],
    ['\u200D zero-width joiner (kept)', false],
    ['\u200E left-to-right mark', true],
    ['\u200F right-to-left mark', true],
    ['\u202A left-to-right embedding', true],
    ['\u202E right-to-left override', true],
    ['\u202F narrow no-break space', false],
    ['\u2060 word joiner', true],
    ['\u2064 invisible plus', true],
    ['\u2065 (unassigned)', false],
    ['\u2066 left-to-right isolate', true],
    ['\u2069 pop directional isolate', true],
    ['\uFEFF byte order mark', true],
    ['\u{1F468}\u200D\u{1F469}\u200D\u{1F467} family emoji', false],
    ['Profil\u200B bearbeiten', true],
  ])('%j → %s', (text, expected) => expect(hasInvisibleControls(text)).toBe(expected));

  it('gives the same answer on repeated calls (no state kept between them)', () => {
    for (let n = 0; n < 3; n++) {
      expect(hasInvisibleControls('a\u200Bb')).toBe(true);
      expect(hasInvisibleControls('ab')).toBe(false);
    }
  });

  it('finds exactly the characters cleanText removes, over the whole Basic Multilingual Plane', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // lone surrogates are not text
      const c = String.fromCharCode(code);
      expect(hasInvisibleControls(c), code.toString(16)).toBe(cleanText(`a${c}b`) === 'ab');
    }
  });
});
