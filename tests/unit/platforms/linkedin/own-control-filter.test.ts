import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../../utils/text/clean';
import { mayNameOwnControl } from '../../../../utils/platforms/linkedin/profile-identity';
import { OWN_PROFILE_CONTROL } from '../../../../utils/platforms/linkedin/selectors';

// The quick check before an own-profile control's text is walked must never skip a control that the full check
// would match: every text that reads as an owner's control once cleaned passes it, in any disguise cleaning undoes.

const OWNER_TEXTS = ['Edit intro', 'Edit profile', 'Edit your profile', 'Profil bearbeiten', 'Intro bearbeiten', 'Add section', 'Add profile section', 'Abschnitt hinzufügen', 'Profilabschnitt hinzufügen', 'Enhance profile', 'Profil optimieren', 'Add custom button', 'Open to', 'Offen für'];
const disguises: [string, (t: string) => string][] = [
  ['as written', (t) => t],
  ['upper case', (t) => t.toUpperCase()],
  ['lower case', (t) => t.toLowerCase()],
  ['zero-width space in each word', (t) => t.replace(/(\p{L})(\p{L})/gu, '$1\u200B$2')],
  ['bidi marks around', (t) => `\u202A${t}\u202C`],
  ['soft hyphen-free joiners', (t) => t.replace(/ /g, '\u2060 ')],
  ['decomposed umlauts', (t) => t.normalize('NFD')],
  ['line breaks and tabs', (t) => `\n\t${t.replace(/ /g, '\n  ')}\n`],
];

describe('the quick check before an own-profile control is read', () => {
  for (const [label, disguise] of disguises) {
    it.each(OWNER_TEXTS)(`passes "%s" ${label} whenever the cleaned text matches`, (text) => {
      const raw = disguise(text);
      if (OWN_PROFILE_CONTROL.test(cleanText(raw))) expect(mayNameOwnControl(raw)).toBe(true);
    });
  }

  it('every owner text as written matches the full check (the table above tests something)', () => {
    for (const text of OWNER_TEXTS) expect(OWN_PROFILE_CONTROL.test(text), text).toBe(true);
  });

  it.each(['Message', 'Nachricht', 'More', 'Mehr', 'Connect', 'Vernetzen', 'Follow', 'Folgen', '500+ connections'])('lets an ordinary control "%s" skip the walk', (text) => {
    expect(mayNameOwnControl(text)).toBe(false);
  });
});
