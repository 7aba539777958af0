import { cleanText } from '../../text/clean';
import type { PersonRef } from '../../model/people';
import { elementsWithText, firstInPage, inChrome, inPage, nextWithText, profileLinks, queryFirst } from './dom-read';
import { PROFILE, STRUCTURE, WORDS } from './selectors';
import { afterLabel, isLabel, nameFitsKey, startsWithLabel } from './text';

// Profile modules below the header: member since, Wants/Haves, shared contacts, shared groups.
// Each is found by its data hook first, then by its visible heading (both languages), then by a legacy class.

const HEADINGS = STRUCTURE.headings;
const MAX_MEMBER_SINCE = 20;


/** The heading (both languages) that names a module, e.g. "Ich suche", "Gemeinsame Kontakte (3)". */
function heading(root: ParentNode, words: readonly string[], prefix: boolean): Element | null {
  const test = (t: string) => (prefix ? startsWithLabel(t, words) : isLabel(t, words));
  return elementsWithText(root, HEADINGS, test).find(inPage) ?? null;
}

/** The block a heading introduces: the siblings after it up to the next heading, or its parent. */
function headedItems(head: Element, itemSelector: string): Element[] {
  const items: Element[] = [];
  for (let next = head.nextElementSibling; next && !next.matches(HEADINGS); next = next.nextElementSibling) {
    if (next.matches(itemSelector)) items.push(next);
    items.push(...next.querySelectorAll(itemSelector));
  }
  return items;
}

/** The module element for a data hook, else the heading's parent block (when it holds only this one heading). */
function moduleOf(root: ParentNode, selectors: readonly string[], words: readonly string[], prefix: boolean): Element | null {
  const byHook = firstInPage(root, selectors);
  if (byHook) return byHook;
  const head = heading(root, words, prefix);
  const parent = head?.parentElement;
  if (!head || !parent) return null;
  return parent.querySelectorAll(HEADINGS).length === 1 ? parent : null;
}

/** Texts of list items (innermost `li`, or XDS tags), cleaned, without empties. */
function itemTexts(items: Element[]): string[] {
  const leaves = items.filter((el) => !items.some((other) => other !== el && el.contains(other)));
  return leaves.map((el) => cleanText(el.textContent)).filter((t) => t !== '');
}

const ITEM = STRUCTURE.tagItem;

/** Wants ("Ich suche") or Haves ("Ich biete") of the profile. */
export function readWantsOrHaves(root: ParentNode, which: 'wants' | 'haves'): string[] | undefined {
  const selectors = which === 'wants' ? PROFILE.wants : PROFILE.haves;
  const words = which === 'wants' ? WORDS.wants : WORDS.haves;
  const byHook = firstInPage(root, selectors);
  let items = byHook ? [...byHook.querySelectorAll(ITEM)] : [];
  if (!items.length) {
    const head = heading(root, words, false);
    if (head) items = headedItems(head, ITEM);
  }
  if (!items.length) {
    const legacy = queryFirst(root, which === 'wants' ? PROFILE.legacy.wants : PROFILE.legacy.haves);
    if (legacy && inPage(legacy)) items = [...legacy.querySelectorAll(ITEM)];
  }
  const texts = itemTexts(items).slice(0, 100);
  return texts.length ? texts : undefined;
}

/** Shared contacts with their page names (from `/profile/` links) and shown names. */
export function readMutual(root: ParentNode, base: string, selfKey: string): PersonRef[] | undefined {
  const module = moduleOf(root, PROFILE.mutual, WORDS.mutualHeading, true);
  if (!module) return undefined;
  // Per page name: the link text if any link has one, else a photo alt or title that fits the page name.
  const byKey = new Map<string, { text: string; links: Element[] }>();
  for (const { el, key } of profileLinks(module, base)) {
    if (key === selfKey || inChrome(el)) continue;
    const seen = byKey.get(key) ?? { text: '', links: [] };
    seen.text ||= cleanText(el.textContent);
    seen.links.push(el);
    byKey.set(key, seen);
  }
  const refs = [...byKey]
    .map(([key, { text, links }]) => ({ key, name: text || photoName(links, key) }))
    .filter((ref) => ref.name !== '');
  return refs.length ? refs.slice(0, 200) : undefined;
}

/** The first photo alt or link title among the links that fits the page name (asked only without link text). */
function photoName(links: readonly Element[], key: string): string {
  for (const el of links) {
    const alt = cleanText(el.querySelector('img[alt]')?.getAttribute('alt'));
    const title = cleanText(el.getAttribute('title'));
    const name = [alt, title].find((n) => n && nameFitsKey(n, key));
    if (name) return name;
  }
  return '';
}

/** Shared groups, when the page shows them. */
export function readGroups(root: ParentNode): string[] | undefined {
  const module = moduleOf(root, PROFILE.groups, WORDS.groupsHeading, true);
  if (!module) return undefined;
  const links = [...module.querySelectorAll(PROFILE.groupLink)];
  const texts = itemTexts(links.length ? links : [...module.querySelectorAll('li')]);
  return texts.length ? [...new Set(texts)].slice(0, 200) : undefined;
}

/** The visible value after "Mitglied seit" / "Member since" (a `dt`/`dd` pair or one line). */
export function readMemberSince(root: ParentNode): string | undefined {
  const scope = firstInPage(root, PROFILE.stats) ?? root;
  return memberSinceByTerm(scope) ?? memberSinceByText(scope);
}

/** A description list's term and its definition (the 2025 stats module): no search through the module's text. */
function memberSinceByTerm(scope: ParentNode): string | undefined {
  for (const term of scope.querySelectorAll('dt')) {
    if (!isLabel(term.textContent, WORDS.memberSince) || !inPage(term)) continue;
    const definition = term.nextElementSibling;
    const value = definition?.tagName === 'DD' ? cleanText(definition.textContent) : '';
    if (value && value.length <= MAX_MEMBER_SINCE) return value;
  }
  return undefined;
}

/** Any element whose whole text is the label, then the next text; or one line "Mitglied seit 2008". */
function memberSinceByText(scope: ParentNode): string | undefined {
  for (const label of elementsWithText(scope, STRUCTURE.textLeaf, (t) => isLabel(t, WORDS.memberSince))) {
    if (!inPage(label)) continue;
    const value = cleanText(nextWithText(label)?.textContent);
    if (value && value.length <= MAX_MEMBER_SINCE) return value;
  }
  for (const line of elementsWithText(scope, STRUCTURE.textLeaf, (t) => afterLabel(t, WORDS.memberSince) !== undefined)) {
    const value = inPage(line) ? afterLabel(line.textContent, WORDS.memberSince) : undefined;
    if (value && value.length <= MAX_MEMBER_SINCE) return value;
  }
  return undefined;
}
