import type { ContactCount, PersonRef } from '../../model/people';
import { cleanText } from '../../text/clean';
import { firstOf } from '../parse-result';
import { firstMatch, matchName, slugFromHref, type TextBlock, visibleText } from './dom-text';
import { cardBlocks, isNotOwnerArea } from './profile-top-card';
import {
  COMPANY_LABELLED,
  COMPANY_LINK,
  CONTACT_INFO_LINK,
  CONTACT_INFO_TEXT,
  CURRENT_COMPANY_LABELS,
  FOLLOWERS_TEXT,
  HEADLINE_ATTR,
  LEGACY_PROFILE,
  LINK,
  NAME_DECORATION,
  PHOTO,
  PROFILE_LINK,
  SEPARATOR_TEXT,
} from './selectors';
import { type Degree, type MutualLine, parseContacts, parseDegree, parseMutual } from './text-facts';

// The top card's fields. Each reader takes the card (or main when no card was found) and the owner's
// name, and returns undefined when the page does not show the field: nothing is guessed.

/** The top card read once: its blocks and where the owner's name sits among them. */
export interface CardView {
  card: Element;
  blocks: TextBlock[];
  nameIndex: number;
}

export function viewCard(card: Element, name: string): CardView {
  const blocks = cardBlocks(card);
  return { card, blocks, nameIndex: blocks.findIndex((b) => b.text === name) };
}

const isContactInfo = (b: TextBlock) => !!b.el.closest(CONTACT_INFO_LINK) || CONTACT_INFO_TEXT.test(b.text);
const isSeparator = (b: TextBlock) => NAME_DECORATION.test(b.text) || SEPARATOR_TEXT.test(b.text);
const isFieldLine = (b: TextBlock) =>
  parseDegree(b.text) !== undefined || parseContacts(b.text) !== undefined || parseMutual(b.text) !== undefined || FOLLOWERS_TEXT.test(b.text);

export function readHeadline(view: CardView, name: string): string | undefined {
  return firstOf<string>([
    () => visibleText(view.card.querySelector(HEADLINE_ATTR)),
    () => structuralHeadline(view, name),
    () => visibleText(firstMatch(view.card, LEGACY_PROFILE.headline)),
  ]);
}

/** The first block after the name that is not a badge, degree, count or link; never the location line. */
function structuralHeadline({ blocks, nameIndex }: CardView, name: string): string | undefined {
  if (nameIndex < 0) return undefined;
  for (let i = nameIndex + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.text === name || isSeparator(b) || isFieldLine(b)) continue;
    if (isContactInfo(b) || b.el.closest(LINK)) return undefined;
    const next = blocks.slice(i + 1).find((n) => !isSeparator(n));
    return next && isContactInfo(next) ? undefined : b.text;
  }
  return undefined;
}

export function readLocation(view: CardView): string | undefined {
  return firstOf<string>([
    () => {
      const at = view.blocks.findIndex(isContactInfo);
      const before = view.blocks.slice(Math.max(view.nameIndex + 1, 0), Math.max(at, 0)).filter((b) => !isSeparator(b));
      const last = before[before.length - 1];
      return at > 0 && last && !isFieldLine(last) && !last.el.closest(LINK) ? last.text : undefined;
    },
    () => visibleText(firstMatch(view.card, LEGACY_PROFILE.location)),
  ]);
}

export function readCompany(view: CardView): string | undefined {
  return firstOf<string>([
    () => firstName(view.card.querySelectorAll(COMPANY_LABELLED), CURRENT_COMPANY_LABELS),
    () => [...view.card.querySelectorAll(COMPANY_LINK)].filter((a) => !insideNonOwner(a, view.card)).map((a) => visibleText(a)).find(Boolean),
    () => visibleText(firstMatch(view.card, LEGACY_PROFILE.company)),
  ]);
}

/** The first name the patterns find in the elements' aria-labels, in document order. */
function firstName(elements: Iterable<Element>, patterns: readonly RegExp[]): string | undefined {
  for (const el of elements) {
    const name = matchName(el.getAttribute('aria-label'), patterns);
    if (name) return name;
  }
  return undefined;
}

function insideNonOwner(el: Element, stop: Element): boolean {
  for (let up: Element | null = el; up && up !== stop; up = up.parentElement) if (isNotOwnerArea(up)) return true;
  return false;
}

export function readContacts(view: CardView): ContactCount | undefined {
  return view.blocks.map((b) => parseContacts(b.text)).find(Boolean);
}

export function readDegree(view: CardView): Degree | undefined {
  return view.blocks.map((b) => parseDegree(b.text)).find(Boolean);
}

export function readMutualLine(view: CardView): MutualLine | undefined {
  return view.blocks.map((b) => parseMutual(b.text)).find(Boolean);
}

/**
 * The mutual connections the page links: each name of the line matched to a member link in main (the
 * face pile, the highlights card) by its label, image alt or text. Side bars never count; unlinked names
 * are left out because a PersonRef needs a key.
 */
export function linkMutuals(main: Element, names: readonly string[], ownerSlug: string): PersonRef[] {
  const byName = new Map<string, string>();
  for (const a of main.querySelectorAll(PROFILE_LINK)) {
    const key = slugFromHref(a.getAttribute('href'));
    if (!key || key === ownerSlug || insideNonOwner(a, main)) continue;
    const labels = [a.getAttribute('aria-label'), ...[...a.querySelectorAll(PHOTO)].map((img) => img.getAttribute('alt')), visibleText(a)];
    for (const label of labels) {
      const name = cleanText(label);
      if (name && !byName.has(name)) byName.set(name, key);
    }
  }
  const refs: PersonRef[] = [];
  for (const name of names) {
    const key = byName.get(name);
    if (key && !refs.some((r) => r.key === key)) refs.push({ key, name });
  }
  return refs;
}
