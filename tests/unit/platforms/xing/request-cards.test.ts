// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findRequestCards } from '../../../../utils/platforms/xing/request-cards';
import { htmlDocument } from './fixture-pages';

const BASE = 'https://www.xing.com/contacts/requests';
const card = (key: string) => `<div data-testid="contact-request-card"><a href="/profile/${key}">${key}</a></div>`;

describe('findRequestCards: cards found before', () => {
  const doc = htmlDocument(`<main>${card('Ute_Brinkmann')}${card('Annika_Boehm3')}</main><aside>${card('Side_Bar')}</aside>`);
  const [ute, annika, side] = [...doc.querySelectorAll('[data-testid="contact-request-card"]')];

  it('never takes a card outside the page content', () => {
    expect(findRequestCards(doc, BASE)).toEqual([ute, annika]);
  });

  it('takes the cards found before as they are, and checks every other card as before', () => {
    const before = new Set([ute]);
    expect(findRequestCards(doc, BASE, (el) => before.has(el))).toEqual([ute, annika]);
    expect(findRequestCards(doc, BASE, () => false)).toEqual([ute, annika]);
    // What the caller found before is its own word (the pills found it in the page earlier).
    expect(findRequestCards(doc, BASE, (el) => el === side)).toEqual([ute, annika, side]);
  });
});
