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
