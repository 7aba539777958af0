import { describe, expect, it } from 'vitest';
import { colleague } from '../../../../utils/scoring/signals/colleague';
import { genericNote } from '../../../../utils/scoring/signals/generic-note';
import { specificToYou } from '../../../../utils/scoring/signals/specific-to-you';
import type { MyProfile } from '../../../../utils/scoring/state/types';
import { req, run, stateWith } from '../helpers';

const ME: MyProfile = {
  name: 'Katrin Weber',
  company: 'Weber & Söhne Maschinenbau GmbH',
  city: 'Köln',
  wants: ['Lieferanten für Präzisionsteile, Austausch zu Lieferketten-Digitalisierung'],
  events: ['AUFSCHWUNG-Messe 2026'],
};
const withMe = () => stateWith([], [{ type: 'me', profile: ME }]);

describe('specific-to-you', () => {
  it.each([
    ['names her Wants (de)', 'de', 'In Ihrem Profil suchen Sie Lieferanten für Präzisionsteile – wir fertigen Drehteile.', -0.8],
    ['names her Wants (en)', 'en', 'Your XING profile mentions Lieferketten-Digitalisierung – we just finished an EDI rollout.', -0.8],
    ['names her event (de)', 'de', 'Auf der AUFSCHWUNG haben Sie einen zweiten Lieferanten erwähnt.', -0.8],
    ['names her event and company (en)', 'en', 'Great talk at AUFSCHWUNG – Weber & Söhne is ahead of us.', -1.1],
    ['only her city (merge fields insert it too)', 'en', 'Cologne-based procurement leaders like you are who I love to connect with!', -0.2],
    ['nothing about her', 'de', 'Gerne möchte ich mein Netzwerk erweitern.', null],
  ] as const)('%s', (_name, lang, note, weight) => {
    const r = run(specificToYou, req({ text: note, lang }), withMe());
    if (weight === null) expect(r).toBeNull();
    else expect(r?.weight).toBe(weight);
  });
  it('does nothing without the user profile', () => {
    expect(run(specificToYou, req({ text: 'Auf der AUFSCHWUNG in Köln …' }))).toBeNull();
  });
});

describe('colleague', () => {
  it.each([
    ['headline names her company (de)', 'Konstrukteur bei Weber & Söhne Maschinenbau GmbH', true],
    ['headline names her company (en)', 'Head of Logistics at Weber & Söhne', true],
    ['another company', 'Einkäufer | Krautscheid Antriebstechnik', false],
    ['her surname alone is not her company', 'Geschäftsführer | Weber Consulting', false],
  ] as const)('%s', (_name, headline, fires) => {
    expect(run(colleague, req({ sender: { headline } }), withMe()) !== null).toBe(fires);
  });
});

describe('generic-note', () => {
  it.each([
    ['de: networking words only', 'de', 'Guten Tag, gerne möchte ich mein Netzwerk erweitern und würde mich freuen, Sie als Kontakt zu gewinnen.', true],
    ['en: compliment only', 'en', 'Hi Katrin, impressive career! Leaders like you deserve a great network. Let us connect.', true],
    ['de: a real conversation', 'de', 'Hallo Frau Weber, danke für das Gespräch gestern am Stand über die Losgrößen.', false],
    ['en: a referral', 'en', 'Hi Katrin, Hans Dietrich suggested I reach out about the buyers roundtable.', false],
    ['too short to judge', 'de', 'Danke!', false],
    ['no note at all', 'en', '', false],
  ] as const)('%s', (_name, lang, note, fires) => {
    expect(run(genericNote, req({ text: note, lang })) !== null).toBe(fires);
  });
});
