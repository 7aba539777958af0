import { describe, expect, it } from 'vitest';
import { checkContext } from '../../../utils/compose/context';
import { factsFrom } from '../../../utils/compose/facts';
import { germanAt } from '../../../utils/compose/german-event';
import { addressIn } from '../../../utils/compose/address';
import { checkTemplate, fillTemplate } from '../../../utils/compose/user-template';
import { BARE, FULL } from './contexts';

const facts = (ctx: object, lang: 'de' | 'en' = 'de') => {
  const checked = checkContext({ ...ctx, situation: 'after-meeting', lang });
  if (!checked.ok) throw new Error(checked.error);
  return factsFrom(checked.context, 'du');
};

describe('user templates', () => {
  it('fills every placeholder once, with the German event phrase', () => {
    const r = fillTemplate('Hallo {firstName}, schön, dass wir uns {eventAt} am {date} getroffen haben. Du suchst {wants}? Gruß, {myFirstName}', facts(FULL));
    expect(r).toEqual({ ok: true, text: 'Hallo Katrin, schön, dass wir uns auf der AUFSCHWUNG-Messe 2026 am 14. März getroffen haben. Du suchst Lieferanten für Präzisionsteile? Gruß, Jochen' });
  });
  it('English event phrase and date', () => {
    const r = fillTemplate('Hi {firstName}, great to meet you {eventAt} on {date}.', facts(FULL, 'en'));
    expect(r).toEqual({ ok: true, text: 'Hi Katrin, great to meet you at AUFSCHWUNG-Messe 2026 on 14 March.' });
  });
  it('refuses unknown names (as written) and broken braces when saved', () => {
    expect(checkTemplate('Hallo {firstname}, {Vorname} {firstName}')).toEqual({ unknown: ['firstname', 'Vorname'], broken: false, used: ['firstName'] });
    expect(checkTemplate('Hallo {{firstName}}').broken).toBe(true);
    expect(checkTemplate('Hallo {firstName').broken).toBe(true);
    expect(checkTemplate('Hallo { firstName }').unknown).toEqual([' firstName ']);
  });
  it('never fills half: missing facts are named and no text is produced', () => {
    const r = fillTemplate('Hallo {firstName}, Sie suchen {wants} – {topic}?', facts(BARE));
    expect(r).toEqual({ ok: false, unknown: [], broken: false, missing: ['wants', 'topic'] });
  });
  it('a fact that looks like a placeholder is not filled again', () => {
    const r = fillTemplate('{name}', facts({ ...BARE, person: { name: 'Ben {company} Ott' } }));
    expect(r).toEqual({ ok: true, text: 'Ben company Ott' });
  });
});

describe('German event phrases', () => {
  it.each([
    ['AUFSCHWUNG-Messe 2026', 'auf der AUFSCHWUNG-Messe 2026'],
    ['Hannover Messe', 'auf der Hannover Messe'],
    ['Maschinenbau-Kongress', 'auf dem Maschinenbau-Kongress'],
    ['Unternehmerstammtisch Bochum', 'beim Unternehmerstammtisch Bochum'],
    ['Tag der Logistik', 'auf dem Tag der Logistik'],
    ['KI-Webinar', 'im KI-Webinar'],
    ['Netzwerkabend der IHK', 'beim Netzwerkabend der IHK'],
    ['dmexco', 'bei „dmexco“'],
    ['Logistiktage', 'bei „Logistiktage“'],
  ])('%s → %s', (event, phrase) => expect(germanAt(event)).toBe(phrase));
});

describe('form of address in their words', () => {
  it.each([
    ['Hallo Herr Thiel, ich würde Sie gern kennenlernen.', 'sie'],
    ['Hi Jochen, magst du dich vernetzen? Dein Vortrag war super.', 'du'],
    ['Sie sind mir auf der Messe aufgefallen.', undefined],
    ['Great to meet you!', undefined],
    [undefined, undefined],
  ])('%s → %s', (text, address) => expect(addressIn(text)).toBe(address));
});
