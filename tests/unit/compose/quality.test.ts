import { describe, expect, it } from 'vitest';
import { compose } from '../../../utils/compose/compose';
import { REQUIRED, SITUATIONS, type ComposeContext } from '../../../utils/compose/context';
import { withoutLegalForm } from '../../../utils/compose/facts';
import { lintDraft } from '../../../utils/compose/lint-draft';
import { SHAPES } from './contexts';

// Every suggestion, for every situation × language × form of address × context shape × platform and account:
// within its limit, not template-like to the project's own linter, naming a fact when one is known, and German
// that keeps to one form of address.
const FORMS = [['de', 'sie'], ['de', 'du'], ['en', 'sie'], ['en', 'du']] as const;
const ACCOUNTS = [['linkedin', false], ['linkedin', true], ['xing', false], ['xing', true]] as const;

type Shape = Omit<ComposeContext, 'situation' | 'lang'>;

const cases = SITUATIONS.flatMap((situation) =>
  Object.entries(SHAPES)
    .filter(([, shape]) => !REQUIRED[situation].some((key) => shape[key] === undefined))
    .flatMap(([name, shape]) => FORMS.flatMap(([lang, address]) => ACCOUNTS.map(([platform, premium]) => ({ situation, name, shape, lang, address, platform, premium })))),
);

/** The facts a suggestion for this situation could name (a fact's first word is enough: long ones are shortened). */
function knownFacts(situation: string, shape: Shape): string[] {
  if (situation === 'ask-introduction') return [shape.introTo!.name];
  const first = (s: string | undefined) => s?.split(/\s+/)[0];
  const person = [withoutLegalForm(shape.person.company), first(shape.person.wants?.[0]), first(shape.person.haves?.[0]), first(shape.person.headline)];
  const meeting = situation === 'thank-visitor' ? [] : [shape.meeting?.event, first(shape.meeting?.notes)];
  return [...person, ...meeting].filter((f): f is string => !!f);
}

const DU_FORMS = /\b(?:du|dich|dir|dein\w*|euch|euer|eure\w*)\b/i;
const SIE_FORMS = /(?<![.!?:]\s|^|\n)\b(?:Sie|Ihnen|Ihr|Ihre\w*)\b/;

describe('every suggestion', () => {
  it.each(cases)('$situation $name $lang $address $platform premium=$premium', ({ situation, shape, lang, address, platform, premium }) => {
    const result = compose({ ...shape, situation, lang, address, platform, premium });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.suggestions.length).toBeGreaterThanOrEqual(3);
    const facts = knownFacts(situation, shape);
    for (const s of result.suggestions) {
      expect(s.length).toBe(s.text.length);
      expect(s.length).toBeLessThanOrEqual(s.limit);
      expect(s.text).not.toMatch(/[{}<>]/);
      const lint = lintDraft(s.text, { lang, recipient: { name: shape.person.name, company: shape.person.company, wants: shape.person.wants } });
      expect(lint.templateLike, s.text).toBe(false);
      expect(lint.missing, s.text).not.toContain('reason-for-contact');
      if (facts.length) expect(facts.some((f) => s.text.includes(f)), s.text).toBe(true);
      if (lang === 'de' && address === 'sie') expect(s.text, s.text).not.toMatch(DU_FORMS);
      if (lang === 'de' && address === 'du') expect(s.text.replace(/^.*\n/, ''), s.text).not.toMatch(SIE_FORMS);
      // A cut only ever happens between words: no word of the suggestion ends in the middle of a fact's word.
      expect(s.text).not.toMatch(/\p{L}…\p{L}/u);
    }
  });
});

describe('limits', () => {
  const base = { ...SHAPES.full!, situation: 'after-meeting', lang: 'de', address: 'sie' } as const;
  it('LinkedIn notes: 200 characters free, 300 with Premium', () => {
    const free = compose({ ...base, platform: 'linkedin' });
    const premium = compose({ ...base, platform: 'linkedin', premium: true });
    expect(free.ok && free.suggestions.every((s) => s.limit === 200)).toBe(true);
    expect(premium.ok && premium.suggestions.every((s) => s.limit === 300)).toBe(true);
    expect(free.ok && free.channel).toEqual({ kind: 'note', limit: 200 });
  });
  it('XING Basic cannot add a note: the text becomes a message after acceptance, and says so', () => {
    const basic = compose({ ...base, platform: 'xing' });
    expect(basic.ok && basic.channel).toEqual({ kind: 'message', limit: 8000, noteUnavailable: true });
    const premium = compose({ ...base, platform: 'xing', premium: true });
    expect(premium.ok && premium.channel).toEqual({ kind: 'note', limit: 1000 });
  });
  it('a small limit drops optional sentences and keeps the fact-bearing one', () => {
    const free = compose({ ...base, platform: 'linkedin', address: 'du' });
    const roomy = compose({ ...base, platform: 'linkedin', address: 'du', premium: true });
    if (!free.ok || !roomy.ok) throw new Error('compose failed');
    expect(roomy.suggestions[0]!.text.length).toBeGreaterThan(free.suggestions[0]!.text.length);
    expect(free.suggestions[0]!.text).toContain('Zweitlieferant für Drehteile');
  });
  it('messages keep every sentence', () => {
    const r = compose({ ...SHAPES.full!, situation: 'answer-request', lang: 'en', address: 'du' });
    expect(r.ok && r.suggestions[0]!.text).toContain('AUFSCHWUNG-Messe 2026');
  });
});

describe('determinism and address', () => {
  it('the same context gives the same texts', () => {
    const ctx = { ...SHAPES.full!, situation: 'revive', lang: 'de' };
    expect(compose(ctx)).toEqual(compose(ctx));
  });
  it('address: the context wins, then the remembered choice, then their note, then the platform', () => {
    const ctx = { ...SHAPES.bare!, situation: 'answer-request', lang: 'de', platform: 'linkedin' } as const;
    const pick = (c: object, remembered?: 'sie' | 'du') => {
      const r = compose(c, { rememberedAddress: remembered });
      return r.ok ? [r.suggestions[0]!.address, r.addressSource] : r.error;
    };
    expect(pick({ ...ctx, request: { note: '' } })).toEqual(['du', 'platform']);
    expect(pick({ ...ctx, platform: 'xing', request: { note: '' } })).toEqual(['sie', 'platform']);
    expect(pick({ ...ctx, request: { note: 'Hallo Herr Ott, gern würde ich Ihnen unsere Lösung zeigen.' } })).toEqual(['sie', 'their-words']);
    expect(pick({ ...ctx, platform: 'xing', request: { note: 'Hi Ben, wir kennen uns vom Stammtisch – magst du dich vernetzen?' } })).toEqual(['du', 'their-words']);
    expect(pick({ ...ctx, request: { note: 'Hallo Herr Ott, gern würde ich Ihnen unsere Lösung zeigen.' } }, 'du')).toEqual(['du', 'remembered']);
    expect(pick({ ...ctx, address: 'sie', request: { note: '' } }, 'du')).toEqual(['sie', 'chosen']);
  });
});

describe('context errors', () => {
  it.each([
    [{ ...SHAPES.bare!, situation: 'ask-introduction', lang: 'de', introTo: undefined }, 'ask-introduction needs introTo'],
    [{ ...SHAPES.bare!, situation: 'after-meeting', lang: 'en', meeting: undefined }, 'after-meeting needs meeting'],
    [{ ...SHAPES.bare!, situation: 'answer-request', lang: 'en', request: undefined }, 'answer-request needs request'],
    [{ ...SHAPES.bare!, situation: 'revive', lang: 'fr' }, 'lang:'],
    [{ ...SHAPES.bare!, situation: 'revive', lang: 'de', person: { name: '  ' } }, 'person.name'],
    [{ ...SHAPES.bare!, situation: 'revive', lang: 'de', person: { name: '<b></b>' } }, 'person.name: has no readable text'],
    [{ ...SHAPES.bare!, situation: 'after-meeting', lang: 'de', meeting: { event: 'X', date: '2026-02-30' } }, 'meeting.date'],
    [{ ...SHAPES.bare!, situation: 'revive', lang: 'de', me: undefined }, 'me:'],
    ['not an object', 'context:'],
  ])('%#: %s', (ctx, error) => {
    const r = compose(ctx);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(error);
  });
  it('unknown fields are ignored', () => {
    const r = compose({ ...SHAPES.bare!, situation: 'revive', lang: 'en', mood: 'happy', person: { name: 'Ben Ott', shoeSize: 44 } });
    expect(r.ok).toBe(true);
  });
});
