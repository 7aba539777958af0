// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PageParse } from '../../../../utils/platforms/facts';
import { parseLinkedinPage } from '../../../../utils/platforms/linkedin/parse-page';
import { ctxFor, loadFixture } from './fixture-helpers';

// Issue 15: visible text decides, labels confirm. A label that describes a badge or an action is a hint, never the name.

const AMELIA = 'https://www.linkedin.com/in/amelia-hartmann-4f7e2a91/';
const parse = (doc: Document, url: string): PageParse => parseLinkedinPage(doc, ctxFor({ url }));
const nameOf = (r: PageParse) => (r.ok ? r.page.person?.facts.name : `${r.error.code}:${r.error.field ?? ''}`);

describe('the name heading inside a labelled link (the reported 2024 page)', () => {
  it('reads the heading, not the link’s "has verifications" label', () => {
    expect(nameOf(parse(loadFixture('profile-2024-en-verified.html'), AMELIA))).toBe('Amelia Hartmann');
  });
});

const remove = (doc: Document, selector: string) => doc.querySelectorAll(selector).forEach((el) => el.remove());
const errorOf = (r: PageParse) => (r.ok ? undefined : { code: r.error.code, field: r.error.field });

describe('labels confirm, never decide', () => {
  it('a label naming someone else is a conflict, not a name', () => {
    const doc = loadFixture('profile-2024-en.html');
    doc.querySelector('main a[href*="about-this-profile"]')?.setAttribute('aria-label', 'Amelia Hartwig');
    expect(errorOf(parse(doc, AMELIA))).toEqual({ code: 'conflicting-field', field: 'name' });
  });

  it.each(['Premium', 'Open to work', 'View Amelia Hartmann’s profile', 'Amelia hat Verifizierungen', 'Einladung von Amelia annehmen'])('the badge or action label "%s" says nothing about the name', (label) => {
    const doc = loadFixture('profile-2024-en.html');
    doc.querySelector('main a[href*="about-this-profile"]')?.setAttribute('aria-label', label);
    expect(nameOf(parse(doc, AMELIA))).toBe('Amelia Hartmann');
  });

  it('a badge text inside the heading is left out of the name, even without its visually-hidden class', () => {
    const doc = loadFixture('profile-2024-en.html');
    const h1 = doc.querySelector('main h1')!;
    h1.insertAdjacentHTML('beforeend', ' <span>Premium</span><span>(she/her)</span><span>Amelia has verifications</span>');
    expect(nameOf(parse(doc, AMELIA))).toBe('Amelia Hartmann');
  });

  it('without any visible name, a label needs a second witness (embedded data or the title)', () => {
    const doc = loadFixture('profile-2024-en.html');
    remove(doc, 'main h1, main a[href*="about-this-profile"], code');
    doc.querySelector('title')!.textContent = 'LinkedIn';
    expect(errorOf(parse(doc, AMELIA))).toEqual({ code: 'missing-name', field: 'name' });
  });
});

describe('the viewer is never a contact', () => {
  const OWN = 'https://www.linkedin.com/in/sabine-krueger-77a1b2c3/';
  it('the me island alone marks the own profile', () => {
    const doc = loadFixture('profile-own-2024-de.html');
    remove(doc, 'main a[href*="/edit/"], main button');
    expect(errorOf(parse(doc, OWN))).toEqual({ code: 'own-profile', field: undefined });
  });

  it('edit controls alone mark the own profile', () => {
    const doc = loadFixture('profile-own-2024-de.html');
    remove(doc, 'code');
    expect(errorOf(parse(doc, OWN))).toEqual({ code: 'own-profile', field: undefined });
  });

  it('someone else’s profile is read while the me island names the viewer', () => {
    expect(nameOf(parse(loadFixture('profile-2024-de.html'), 'https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller-8b1a2c3d/'))).toBe('Jörg Müller');
  });
});
