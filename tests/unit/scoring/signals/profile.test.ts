import { describe, expect, it } from 'vitest';
import { contactCount } from '../../../../utils/scoring/signals/contact-count';
import { contactJump } from '../../../../utils/scoring/signals/contact-jump';
import { headlineSlogan } from '../../../../utils/scoring/signals/headline-slogan';
import { missingNote } from '../../../../utils/scoring/signals/missing-note';
import { nameDecoration } from '../../../../utils/scoring/signals/name-decoration';
import { openNetworker } from '../../../../utils/scoring/signals/open-networker';
import type { RequestInput } from '../../../../utils/scoring/types';
import { req, run } from '../helpers';

const at = Date.UTC(2026, 3, 14, 12, 0, 0); // April 2026

describe('contact-count: capped counts relative to membership age', () => {
  const cases: [string, Partial<RequestInput>, number | null][] = [
    ['XING 999+, joined last month → strong', { platform: 'xing', sender: { contactCount: 999, contactCountCapped: true, memberSince: '2026-03' } }, 2.4],
    ['LinkedIn 500+, joined this month → strong', { platform: 'linkedin', sender: { contactCount: 500, contactCountCapped: true, memberSince: '2026-04' } }, 2.4],
    ['XING 999+, 3 months', { platform: 'xing', sender: { contactCount: 999, contactCountCapped: true, memberSince: '2026-01' } }, 1.9],
    ['XING 999+, 8 months', { platform: 'xing', sender: { contactCount: 999, contactCountCapped: true, memberSince: '2025-08' } }, 1.4],
    ['XING 999+, 2 years', { platform: 'xing', sender: { contactCount: 999, contactCountCapped: true, memberSince: '2024-04' } }, 0.7],
    ['XING 999+ since 2008 → weak', { platform: 'xing', sender: { contactCount: 999, contactCountCapped: true, memberSince: '2008' } }, 0.2],
    ['LinkedIn 500+ since 2010 → weakest', { platform: 'linkedin', sender: { contactCount: 500, contactCountCapped: true, memberSince: '2010' } }, 0.1],
    ['LinkedIn 500+, age unknown', { platform: 'linkedin', sender: { contactCount: 500, contactCountCapped: true } }, 0.25],
    ['XING 999 without the flag still counts as capped', { platform: 'xing', sender: { contactCount: 999, memberSince: '2026-03' } }, 2.4],
    ['183 contacts after one month → fast growth', { platform: 'linkedin', sender: { contactCount: 183, memberSince: '2026-03' } }, 1.2],
    ['ordinary count → nothing', { platform: 'xing', sender: { contactCount: 143, memberSince: '2013' } }, null],
    ['apprentice with 42 contacts on a new profile → nothing', { platform: 'xing', sender: { contactCount: 42, memberSince: '2026-03' } }, null],
    ['no count seen → nothing', { platform: 'xing', sender: { memberSince: '2026-03' } }, null],
  ];
  it.each(cases)('%s', (_name, overrides, weight) => {
    const input = req({ ...overrides, receivedAt: at, sender: { contactCount: undefined, memberSince: undefined, ...overrides.sender } });
    const r = run(contactCount, input);
    if (weight === null) expect(r).toBeNull();
    else expect(r?.weight).toBe(weight);
  });

  it('explains with the count and the age', () => {
    const r = run(contactCount, req({ receivedAt: at, sender: { contactCount: 999, contactCountCapped: true, memberSince: '2025-12' } }));
    expect(r!.reason).toEqual({ key: 'sigContactsYoungProfile', subs: ['999+', '4'] });
  });
});

describe('contact-jump: growth between two visits of the profile', () => {
  const cases: [string, { from: number; to: number; days: number } | undefined, number | null][] = [
    ['+400 in 20 days → strong', { from: 210, to: 610, days: 20 }, 1.2],
    ['+150 in 30 days → weaker', { from: 300, to: 450, days: 30 }, 0.7],
    ['+60 in a day counts as spread over a week: weaker', { from: 80, to: 140, days: 1 }, 0.7],
    ['+40 in 3 days → too few to mean anything', { from: 100, to: 140, days: 3 }, null],
    ['+150 over 8 months → ordinary', { from: 300, to: 450, days: 240 }, null],
    ['fewer contacts than before → nothing', { from: 450, to: 300, days: 30 }, null],
    ['two visits the same day → nothing', { from: 100, to: 400, days: 0.5 }, null],
    ['seen once → nothing', undefined, null],
  ];
  it.each(cases)('%s', (_name, contactsSeen, weight) => {
    const r = run(contactJump, req({ sender: { ...(contactsSeen ? { contactsSeen } : {}) } }));
    if (weight === null) expect(r).toBeNull();
    else expect(r?.weight).toBe(weight);
  });

  it('explains with the growth and the days', () => {
    expect(run(contactJump, req({ sender: { contactsSeen: { from: 210, to: 610, days: 20.4 } } }))!.reason).toEqual({ key: 'sigContactsJumped', subs: ['400', '20'] });
  });
});

describe('missing-note', () => {
  it.each([
    ['xing', 'de', 0.15],
    ['linkedin', 'en', 0.35],
    ['linkedin', 'de', 0.35],
  ] as const)('%s (%s) without a note', (platform, lang, weight) => {
    expect(run(missingNote, req({ platform, lang, text: '' }))?.weight).toBe(weight);
  });
  it('white space only is no note; any text is a note', () => {
    expect(run(missingNote, req({ text: '   \n ' }))).not.toBeNull();
    expect(run(missingNote, req({ text: 'Hallo!' }))).toBeNull();
    expect(run(missingNote, req({ text: 'Hi!', lang: 'en', platform: 'linkedin' }))).toBeNull();
  });
  it('is weaker on XING, where Basic members cannot add a note', () => {
    expect(run(missingNote, req({ platform: 'xing' }))!.weight).toBeLessThan(run(missingNote, req({ platform: 'linkedin' }))!.weight);
  });
});

describe('open-networker, name-decoration, headline-slogan', () => {
  const cases: [string, Partial<RequestInput>, boolean, boolean, boolean][] = [
    ['(LION) in the name', { sender: { name: 'Mark Reynolds (LION)' }, lang: 'en' }, true, false, false],
    ['LION in the note', { text: "Dear Katrin, I'm a LION and never click IDK.", lang: 'en' }, true, false, false],
    ['German open networker in the headline', { sender: { headline: 'Open Networker – ich nehme jede Kontaktanfrage an' }, lang: 'de' }, true, false, false],
    ['emoji and title in the name', { sender: { name: 'Ahmed Raza 🚀 Growth Hacker' }, lang: 'en' }, false, true, false],
    ['stars in the name', { sender: { name: 'Karsten Wolf ★ LION ★' }, lang: 'de' }, true, true, false],
    ['slogan headline (en)', { sender: { headline: 'Helping you grow 10x | 25K followers' }, lang: 'en' }, false, false, true],
    ['slogan headline (de)', { sender: { headline: 'Finanzielle Freiheit für Selbständige | Coach' }, lang: 'de' }, false, false, true],
    ['ordinary name and headline', { sender: { name: 'Dr. Ulrich Bremer', headline: 'Geschäftsbereich Industrie, IHK Köln' }, lang: 'de' }, false, false, false],
    ['"lion" inside a word is not LION', { text: 'We ship a million parts a year.', sender: { name: 'Lionel Stark' }, lang: 'en' }, false, false, false],
  ];
  it.each(cases)('%s', (_name, overrides, lion, decorated, slogan) => {
    const input = req(overrides);
    expect(run(openNetworker, input) !== null).toBe(lion);
    expect(run(nameDecoration, input) !== null).toBe(decorated);
    expect(run(headlineSlogan, input) !== null).toBe(slogan);
  });
});
