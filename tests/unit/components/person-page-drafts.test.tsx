// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { PersonDetails } from '../../../components/dashboard/PersonDetails';
import { I18nProvider } from '../../../components/i18n';
import { mergeTags, NotesEditor } from '../../../components/journal/NotesEditor';
import type { Person } from '../../../utils/model/people';
import { translatorFromMessages } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';

// Review dashboard-people, finding 2: each save reloads the person (a new updatedAt), and both forms on the person
// page threw away what the user had typed but not yet saved.

const base: Person = { v: 1, id: 'p1', displayName: 'Greta Lang', headline: 'Einkauf', tags: ['kunde'], notes: 'alt', createdAt: 1, updatedAt: 1 };
const tr = translatorFromMessages(en as Parameters<typeof translatorFromMessages>[0]);

function mount(draw: (p: Person, onSave: () => Promise<void>) => preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const saves: unknown[] = [];
  let current = base;
  const onSave = async (patch?: unknown) => void saves.push(patch);
  const show = (p: Person) => {
    current = p;
    act(() => render(<I18nProvider value={tr}>{draw(p, onSave as () => Promise<void>)}</I18nProvider>, root));
  };
  const type = (selector: string, value: string) =>
    act(() => {
      const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const value = (selector: string) => root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!.value;
  const submit = async () =>
    act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
  show(base);
  return { show, type, value, submit, saves, person: () => current };
}

const notes = () => mount((p, onSave) => <NotesEditor person={p} idPrefix="n" onSave={onSave} />);
const details = () => mount((p, onSave) => <PersonDetails person={p} locale="en" onSave={onSave} />);

describe('the notes editor keeps what was typed when the person changes under it', () => {
  it.each([
    ['a meeting logged (tag added)', { tags: ['kunde', 'messe'], updatedAt: 2 }, 'kunde, messe'],
    ['the details saved', { headline: 'Leiterin Einkauf', updatedAt: 2 }, 'kunde'],
  ])('notes survive %s; untouched tags follow the record', (_name, change, tags) => {
    const f = notes();
    f.type('#n-notes', 'alt\nWill send the offer on Monday');
    f.show({ ...base, ...change });
    expect(f.value('#n-notes')).toBe('alt\nWill send the offer on Monday');
    expect(f.value('#n-tags')).toBe(tags);
  });

  it('tags being typed take in the tags a logged meeting added', () => {
    const f = notes();
    f.type('#n-tags', 'kunde, partner');
    f.show({ ...base, tags: ['kunde', 'messe'], updatedAt: 2 });
    expect(f.value('#n-tags')).toBe('kunde, partner, messe');
    expect(f.value('#n-notes')).toBe('alt'); // untouched: follows the record
  });

  it('after its own save the editor follows the record again', async () => {
    const f = notes();
    f.type('#n-notes', 'neu  ');
    await f.submit();
    expect(f.saves).toEqual([{ notes: 'neu  ', tags: ['kunde'] }]);
    f.show({ ...base, notes: 'neu', updatedAt: 2 }); // the page reloads the record
    f.show({ ...base, notes: 'von woanders', updatedAt: 3 });
    expect(f.value('#n-notes')).toBe('von woanders');
  });

  it('another person resets every field', () => {
    const f = notes();
    f.type('#n-notes', 'typed');
    f.show({ ...base, id: 'p2', notes: 'other', updatedAt: 5 });
    expect(f.value('#n-notes')).toBe('other');
  });
});

describe('the details form keeps what was typed when the person changes under it', () => {
  it.each([
    ['the notes saved', { notes: 'neu', updatedAt: 2 }, 'Einkauf'],
    ['a profile read changed the headline', { headline: 'Einkauf DACH', updatedAt: 2 }, 'Einkauf DACH'],
  ])('a new location typed survives %s; the untouched headline follows', (_name, change, headline) => {
    const f = details();
    f.type('#details-location', 'München');
    f.show({ ...base, ...change });
    expect(f.value('#details-location')).toBe('München');
    expect(f.value('#details-headline')).toBe(headline);
  });

  it('a new headline typed survives saving the notes (the review case)', () => {
    const f = details();
    f.type('#details-headline', 'Leiterin Einkauf');
    f.show({ ...base, notes: 'neu', updatedAt: 2 });
    expect(f.value('#details-headline')).toBe('Leiterin Einkauf');
  });
});

describe('mergeTags', () => {
  it.each([
    ['kunde, partner', 'kunde', 'kunde, messe', 'kunde, partner, messe'],
    ['kunde, partner, ', 'kunde', 'kunde, messe', 'kunde, partner, messe'],
    ['', 'kunde', 'kunde, messe', 'messe'],
    ['Messe', 'kunde', 'kunde, messe', 'Messe'], // already typed (any case)
    ['partner', 'kunde', 'kunde', 'partner'], // nothing new: a tag the user removed stays removed
  ])('%j with %j → %j gives %j', (typed, before, after, expected) => {
    expect(mergeTags(typed, before, after)).toBe(expected);
  });
});
