import { describe, expect, it } from 'vitest';
import { burst } from '../../../../utils/scoring/signals/burst';
import { metInPerson } from '../../../../utils/scoring/signals/met-in-person';
import { mutualMet } from '../../../../utils/scoring/signals/mutual-met';
import { pitchAfterAccept } from '../../../../utils/scoring/signals/pitch-after-accept';
import { quickWithdrawal } from '../../../../utils/scoring/signals/quick-withdrawal';
import { resend } from '../../../../utils/scoring/signals/resend';
import { sameTextOthers } from '../../../../utils/scoring/signals/same-text-others';
import { DAY, MIN, T0, req, run, stateWith } from '../helpers';

const DE_TEMPLATE = (greeting: string, name: string) =>
  `${greeting}, ich bin auf Ihr interessantes Profil aufmerksam geworden und sehe einige Gemeinsamkeiten. Gerne würde ich Sie in mein Netzwerk aufnehmen – vielleicht ergeben sich Synergien für beide Seiten. Beste Grüße, ${name}`;
const EN_TEMPLATE = (greeting: string, name: string) =>
  `${greeting}, I came across your profile and was impressed by your background in procurement. I'm looking to expand my network with like-minded professionals in manufacturing. Would love to connect! ${name}`;

describe('same-text-others', () => {
  const cases: [string, string[], string, number | null][] = [
    ['German template from two others, greetings and names swapped', [DE_TEMPLATE('Hallo Frau Weber', 'Claudia Reuter'), DE_TEMPLATE('Liebe Frau Weber', 'Nadine Otto')], DE_TEMPLATE('Guten Tag Frau Weber', 'Oliver Brandl'), 2.2],
    ['English template from one other', [EN_TEMPLATE('Hi Katrin', 'Rahul')], EN_TEMPLATE('Dear Katrin', 'Priya Nair'), 1.6],
    ['English template from three others', [EN_TEMPLATE('Hi Katrin', 'A'), EN_TEMPLATE('Hello Katrin', 'B'), EN_TEMPLATE('Hi Katrin!', 'C')], EN_TEMPLATE('Hey Katrin', 'D'), 2.6],
    ['different topic → nothing', [DE_TEMPLATE('Hallo Frau Weber', 'Claudia Reuter')], 'Hallo Frau Weber, unsere Lieferung Los 3 Flansche verzögert sich leider um eine Woche; Herr Klein ist im Urlaub. Gruß, Gerd', null],
    ['short similar phrases from unrelated senders are not a template', ['Great meeting you at the Hannover Messe booth.'], 'Great meeting you at Hannover Messe yesterday!', null],
    ['"wie besprochen" notes are too short to compare', ['Hallo Frau Weber, wie besprochen. Viele Grüße'], 'Hallo Frau Weber, wie besprochen. Viele Grüße, Jan Rösler', null],
  ];
  it.each(cases)('%s', (_name, earlier, note, weight) => {
    const state = stateWith(earlier.map((text, i) => req({ text, sender: { key: `other_${i}`, name: `Other ${i}` } })));
    const r = run(sameTextOthers, req({ text: note }), state);
    if (weight === null) expect(r).toBeNull();
    else expect(r?.weight).toBe(weight);
  });

  it('does not count the same sender (that is a resend) nor the request itself', () => {
    const first = req({ id: 'x-1', text: EN_TEMPLATE('Hi Katrin', 'Nicole'), sender: { key: 'nicole' } });
    const state = stateWith([first]);
    expect(run(sameTextOthers, req({ text: EN_TEMPLATE('Hello Katrin', 'Nicole'), sender: { key: 'nicole' } }), state)).toBeNull();
    expect(run(sameTextOthers, first, state)).toBeNull();
  });
});

describe('resend', () => {
  const sender = { key: 'Werner_Pfeiffer', name: 'Werner Pfeiffer' };
  const note = 'Sehr geehrte Frau Weber, wussten Sie, dass Ihr Unternehmen bis zu 40 % Förderung für Energieeffizienz erhalten kann? Gerne vernetze ich mich mit Ihnen. MfG W. Pfeiffer';
  it.each([
    ['same sender, same text (de)', note, note.replace('Ihnen.', 'Ihnen!'), 2],
    ['same sender, same text (en)', 'Hi Katrin, I love connecting with inspiring women leaders in industry. Let us connect and support each other! Warmly, Nicole', 'Hi Katrin, I love connecting with inspiring female leaders in industry – let us connect and support each other! Warmly, Nicole', 2],
    ['same sender, new content', 'Great meeting you at Hannover Messe yesterday!', 'Hi Katrin, sending this again in case the first one got lost – we talked about the 2nd source for spur gears.', 1],
    ['same sender, both without a note', '', '', 2],
  ] as const)('%s', (_name, first, second, weight) => {
    const state = stateWith([req({ text: first, sender, receivedAt: T0 - 20 * DAY })]);
    expect(run(resend, req({ text: second, sender }), state)?.weight).toBe(weight);
  });
  it('a different sender is no resend', () => {
    const state = stateWith([req({ text: note, sender })]);
    expect(run(resend, req({ text: note, sender: { key: 'someone_else' } }), state)).toBeNull();
  });
  it('withdraw and resend from the request history', () => {
    const state = stateWith([req({ id: 'old', text: 'Hallo!', sender })], [{ type: 'withdrawn', senderKey: sender.key, requestId: 'old', firstSeenAt: T0 - 9 * DAY, withdrawnAt: T0 - 2 * DAY }]);
    expect(run(resend, req({ text: 'Ganz neuer Text zu einem Thema', sender }), state)?.reason.key).toBe('sigWithdrawResend');
    expect(run(resend, req({ text: 'x', sender }), stateWith([], [{ type: 'resent', senderKey: sender.key, at: T0 }]))?.weight).toBe(1.5);
  });
});

describe('quick-withdrawal', () => {
  const w = (days: number) => ({ type: 'withdrawn' as const, senderKey: 'k', firstSeenAt: T0 - 30 * DAY, withdrawnAt: T0 - 30 * DAY + days * DAY });
  it.each([
    ['withdrawn after 7 days (de)', 'de', [w(7)], 1],
    ['withdrawn after 7 days (en)', 'en', [w(7)], 1],
    ['withdrawn twice quickly', 'de', [w(7), w(8)], 1.4],
    ['withdrawn after 40 days is not quick', 'en', [w(40)], null],
    ['never withdrawn', 'de', [], null],
  ] as const)('%s', (_name, lang, events, weight) => {
    const r = run(quickWithdrawal, req({ lang, sender: { key: 'k' } }), stateWith([], [...events]));
    if (weight === null) expect(r).toBeNull();
    else expect(r?.weight).toBe(weight);
  });
});

describe('burst', () => {
  const around = (n: number, gapMin: number, text: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => req({ text: text(i), platform: 'linkedin', receivedAt: T0 - (i + 1) * gapMin * MIN, sender: { key: `b_${i}`, name: `Person ${i}` } }));
  it.each([
    ['note-less invitations one minute apart', around(4, 1, () => ''), '', 1.5],
    ['same-text party within the hour (de)', around(5, 7, (i) => DE_TEMPLATE('Hallo Frau Weber', `P${i}`)), DE_TEMPLATE('Hallo Frau Weber', 'X'), 0.8],
    ['same-text party within minutes (en)', around(3, 1, (i) => EN_TEMPLATE('Hi Katrin', `P${i}`)), EN_TEMPLATE('Hi Katrin', 'X'), 1.5],
    ['colleagues after the summer party, different notes', around(3, 10, (i) => ['', 'War ein toller Abend beim Sommerfest!', 'Danke für den Abend, Katrin!'][i]!), 'Schön, dass wir uns beim Sommerfest kennengelernt haben.', 0.25],
    ['two requests are no burst', around(1, 2, () => ''), '', null],
    ['a day apart is no burst', around(4, 24 * 60, () => ''), '', null],
  ] as const)('%s', (_name, earlier, note, weight) => {
    const r = run(burst, req({ text: note, platform: 'linkedin', receivedAt: T0 }), stateWith([...earlier]));
    if (weight === null) expect(r).toBeNull();
    else expect(r?.weight).toBe(weight);
  });
});

describe('pitch-after-accept', () => {
  const accepted = (messages: [number, string][]) => [
    { type: 'accepted' as const, senderKey: 'p', acceptedAt: T0 },
    ...messages.map(([d, text]) => ({ type: 'message' as const, senderKey: 'p', at: T0 + d * DAY, text })),
  ];
  it.each([
    ['webinar invitation two days later (de)', [[2, 'Danke fürs Annehmen! Hier der Link zu unserem kostenlosen Webinar am Donnerstag.']], 2],
    ['e-book the same day (en)', [[0, 'Thanks for connecting! Here is my free e-book on negotiation.']], 2],
    ['newsletter sign-up after 5 days (en)', [[5, 'Subscribe to my newsletter for weekly tips.']], 2],
    ['a normal reply (de)', [[1, 'Danke für die Annahme, ich melde mich wegen der Zeichnung.']], null],
    ['a pitch after a month is not "right after"', [[30, 'Join our webinar next week!']], null],
  ] as const)('%s', (_name, messages, weight) => {
    const r = run(pitchAfterAccept, req({ sender: { key: 'p' } }), stateWith([], accepted(messages.map((m) => [m[0], m[1]]))));
    if (weight === null) expect(r).toBeNull();
    else expect(r?.weight).toBe(weight);
  });
});

describe('met-in-person and mutual-met lower the score', () => {
  it('a logged meeting with the sender', () => {
    expect(run(metInPerson, req({ sender: { key: 'm' } }), stateWith([], [{ type: 'met', profileKey: 'm' }]))?.weight).toBe(-3);
    expect(run(metInPerson, req({ sender: { key: 'n' } }), stateWith([], [{ type: 'met', profileKey: 'm' }]))).toBeNull();
  });
  it.each([
    ['one mutual contact met', ['a'], -0.8],
    ['three mutual contacts met', ['a', 'b', 'c'], -1.5],
    ['mutual contacts never met', [], null],
  ] as const)('%s', (_name, metKeys, weight) => {
    const state = stateWith([], [
      { type: 'mutuals', senderKey: 's', mutualKeys: ['a', 'b', 'c', 'd'] },
      ...metKeys.map((k) => ({ type: 'met' as const, profileKey: k })),
    ]);
    const r = run(mutualMet, req({ sender: { key: 's' } }), state);
    if (weight === null) expect(r).toBeNull();
    else expect(r?.weight).toBe(weight);
  });
});
