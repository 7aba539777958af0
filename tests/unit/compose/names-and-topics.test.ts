import { describe, expect, it } from 'vitest';
import { compose } from '../../../utils/compose/compose';
import { firstNameOf } from '../../../utils/compose/facts';
import { addressIn } from '../../../utils/compose/address';

const ctx = (over: Record<string, unknown>) => ({
  situation: 'after-meeting',
  lang: 'de',
  address: 'du',
  platform: 'linkedin',
  premium: true,
  person: { name: 'Jana Schmidt' },
  meeting: { event: 'AUFSCHWUNG-Messe 2026', date: '2026-03-14' },
  me: { name: 'Jochen Thiel' },
  ...over,
});
const first = (c: unknown) => {
  const r = compose(c);
  if (!r.ok) throw new Error(r.error);
  return r.suggestions[0]!.text;
};

describe('first names and meeting topics in the composer', () => {
  it.each([
    ['Jana Schmidt', 'Jana'],
    ['Dr. Katrin Weber', 'Katrin'],
    ['Dr. med. Jana Schmidt', 'Jana'],
    ['Prof. Dr.-Ing. Jana Schmidt', 'Jana'],
    ['🚀 Jana Schmidt', 'Jana'],
    ['Jana Schmidt, MBA', 'Jana'],
    ['Kai Müller (he/him)', 'Kai'],
    ['Madonna', 'Madonna'],
  ])('firstNameOf(%j) is %j', (name, firstName) => {
    expect(firstNameOf(name)).toBe(firstName);
  });

  it('greets and signs with first names, not titles or emoji', () => {
    const person = { name: 'Dr. med. Jana Schmidt' };
    expect(first(ctx({ person })).split('\n')[0]).toBe('Hallo Jana,');
    expect(first(ctx({ lang: 'en', person })).split('\n')[0]).toBe('Hi Jana,');
    expect(first(ctx({ me: { name: 'Dr. med. Jochen Thiel' } })).split('\n').at(-1)).toBe('Jochen');
  });

  it.each([
    ['Angebot bis 15. April schicken. Danach Muster', 'Angebot bis 15. April schicken'],
    ['Dr. Müller hat uns vorgestellt', 'Dr. Müller hat uns vorgestellt'],
    ['ca. 500 Teile pro Monat', 'ca. 500 Teile pro Monat'],
    ['z. B. Drehteile aus Edelstahl', 'z. B. Drehteile aus Edelstahl'],
    ['Lieferketten. Danach Kaffee', 'Lieferketten'],
  ])('the topic of notes %j is %j', (notes, topic) => {
    expect(first(ctx({ meeting: { event: 'AUFSCHWUNG-Messe 2026', date: '2026-03-14', notes } }))).toContain(`„${topic}“`);
  });

  it.each([
    ['Sehr geehrter Herr Thiel, wir haben uns gestern kurz gesprochen. Gerne bleibe ich in Kontakt. Mit freundlichen Grüßen, Jana Schmidt', 'sie'],
    ['Guten Tag Herr Thiel. Sie bieten Drehteile an?', 'sie'],
    ['Hallo Jochen, schön dich getroffen zu haben!', 'du'],
    ['Hallo Jochen, Frau Berg hat mir von dir erzählt, melde dich gern bei mir, wenn du magst.', 'du'],
    ['Thanks for connecting', undefined],
  ])('%j is written in %s', (text, address) => {
    expect(addressIn(text)).toBe(address);
  });
});
