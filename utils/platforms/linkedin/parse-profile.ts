import type { ProfileFacts } from '../../model/people';
import type { PageFacts } from '../facts';
import type { ParseError } from '../parse-result';
import { embeddedPage, type EmbeddedPage } from './embedded';
import { ownerName } from './owner-name';
import { linkMutuals, readCompany, readContacts, readDegree, readHeadline, readLocation, readMutualLine, viewCard } from './profile-fields';
import { isOwnProfile, keyConflict } from './profile-identity';
import { findMain, findTopCard } from './profile-top-card';

type PersonResult = { ok: true; person: NonNullable<PageFacts['person']> } | { ok: false; error: ParseError };

/**
 * A LinkedIn profile page (logged-in 2024 Ember markup, 2026 SDUI "lite" markup, or the logged-out guest
 * page) into facts about its owner. The key is the URL's slug, never page text. Each field tries the
 * page's stable hooks first (hrefs, aria-labels, data attributes, landmarks), then structure and visible
 * text, then embedded data that names the same slug; side bars, the viewer's own nav and the messaging
 * overlay are never read. System pages must be refused before (classify.ts). Pure.
 */
export function readProfile(root: Document, slug: string): PersonResult {
  const fail = (code: ParseError['code'], message: string, field?: string): PersonResult => ({
    ok: false,
    error: { code, pageType: 'linkedin.profile', message, ...(field ? { field } : {}) },
  });
  const main = findMain(root);
  if (!main) return fail('layout-not-recognised', 'no main content area on the profile page');
  const card = findTopCard(main, slug);
  // The page's embedded data is the second witness of name and key, and says who the viewer is.
  let parsed: EmbeddedPage | undefined;
  const data = (): EmbeddedPage => (parsed ??= embeddedPage(root, slug));
  if (isOwnProfile(card ?? main, slug, data)) return fail('own-profile', 'this is your own profile: you are never recorded as a contact');
  const read = ownerName(root, main, card, slug, data);
  if (!read) return fail('missing-name', 'no name found on the profile', 'name');
  if ('conflict' in read) return fail('conflicting-field', `the name is not certain: ${read.conflict}`, 'name');
  const { name } = read;
  const badKey = keyConflict(card, slug, name, data);
  if (badKey) return fail('conflicting-field', `the key is not certain: ${badKey}`, 'key');

  const facts: ProfileFacts = { name };
  // Without a recognised top card, only the slug-keyed embedded data is trusted: main also holds other
  // people's lines ("· 2nd", "12 mutual connections") that must not become this person's facts.
  const view = card ? viewCard(card, name) : undefined;
  const headline = (view && readHeadline(view, name)) ?? data().profile.headline;
  const company = (view && readCompany(view)) ?? data().profile.company;
  const location = (view && readLocation(view)) ?? data().profile.location;
  const contacts = view && readContacts(view);
  const mutual = view && readMutualLine(view);
  const degree = (view && readDegree(view)) ?? data().profile.degree;
  if (headline) facts.headline = headline;
  if (company) facts.company = company;
  if (location) facts.location = location;
  if (contacts) facts.contacts = contacts;
  if (mutual) {
    const linked = linkMutuals(main, mutual.names, slug);
    if (linked.length) facts.mutual = linked;
    facts.mutualCount = mutual.count;
  }
  if (degree) facts.degree = degree;
  return { ok: true, person: { key: slug, facts } };
}

export function systemMessage(type: string): string {
  if (type === 'linkedin.authwall') return 'LinkedIn login wall: nothing to read';
  if (type === 'linkedin.challenge') return 'LinkedIn security check page: nothing to read';
  return 'LinkedIn says this profile or page does not exist';
}
