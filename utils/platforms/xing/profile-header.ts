import { cleanText } from '../../text/clean';
import type { ContactCount } from '../../model/people';
import { decodeSegment } from '../page-types';
import { firstOf } from '../parse-result';
import { elementsWithText, firstInPage, inPage, queryFirst, textExcept } from './dom-read';
import { PATTERNS, PROFILE, STRUCTURE, WORDS } from './selectors';
import { companyFromLine, isLabel, nameFitsKey, parseContactCount, parseDegree, startsWithLabel } from './text';

// The profile header ("XING ID"): name, occupation line, company, location, contacts, degree.
// `scope` is the id module when the page has one, else the whole document (sidebars and chrome are skipped).


/** Plausible as a shown name: not empty, not a UI word, not absurdly long. */
function plausibleName(text: string): boolean {
  return text.length >= 2 && text.length <= 200 && !isLabel(text, WORDS.notAName) && !startsWithLabel(text, WORDS.loginWall);
}

/**
 * The member's name. Strong hooks (hero heading, malt display name) are taken as shown; weak ones (legacy
 * class, a heading in the module, the photo's alt text) only when the name fits the page name in the URL.
 */
export function readName(scope: ParentNode, key: string): string | undefined {
  const strong = shownName(firstInPage(scope, PROFILE.name));
  if (strong && plausibleName(strong)) return strong;
  const weak = [
    () => shownName(firstInPage(scope, PROFILE.legacy.name)),
    () => shownName(firstInPage(scope, PROFILE.nameHeadings)),
    () => cleanText(firstInPage(scope, PROFILE.photo)?.getAttribute('alt')),
  ];
  for (const strategy of weak) {
    const name = strategy();
    if (name && plausibleName(name) && nameFitsKey(name, key)) return name;
  }
  return undefined;
}

/**
 * A heading's name as shown: flags, buttons and icons cut out (nameNoise), and every text piece that is a badge
 * ("PRO COACH", "Premium", "Insider", pronouns) dropped even when it lost its Flag hook (issue 15).
 */
function shownName(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Element) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += piece(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !(child as Element).matches(PROFILE.nameNoise)) {
        const inner = child as Element;
        if (inner.firstElementChild === null) out += piece(inner.textContent ?? '');
        else walk(inner);
      }
    }
  };
  walk(el);
  return cleanText(out);
}

const piece = (text: string): string => (WORDS.nameBadges.test(cleanText(text)) ? ' ' : text);

/** The element holding the whole visible occupation line. */
function occupationLine(scope: ParentNode): Element | null {
  return firstOf<Element>([
    () => firstInPage(scope, PROFILE.occupation),
    () => iconRow(scope, PROFILE.occupationIcon),
  ]) ?? null;
}

/** The row an XDS icon sits in (2025 header rows are "icon + text"). */
function iconRow(scope: ParentNode, iconSelector: string): Element | null {
  const icon = firstInPage(scope, [iconSelector]);
  return icon?.parentElement ?? null;
}

export function readHeadline(scope: ParentNode): string | undefined {
  return firstOf([() => textExcept(occupationLine(scope), `button, ${STRUCTURE.decoration}`)]);
}

/** The company of the occupation line: its company link, a legacy `.company`, its structure, or its text. */
export function readCompany(scope: ParentNode): string | undefined {
  const line = occupationLine(scope);
  if (!line) return undefined;
  return firstOf([
    () => cleanText(line.querySelector(PROFILE.companyLink)?.textContent),
    () => cleanText(queryFirst(line, PROFILE.legacy.company)?.textContent),
    () => companyFromParts(line),
    () => companyFromLine(line.textContent),
  ]);
}

/** "<span>Title</span> bei <span>Company</span>": the element after a "bei"/"at" text node. */
function companyFromParts(line: Element): string | undefined {
  const p = line.querySelector('p') ?? line;
  const nodes = [...p.childNodes];
  for (let i = 1; i < nodes.length - 1; i++) {
    const node = nodes[i];
    const next = nodes[i + 1];
    if (node?.nodeType === 3 && PATTERNS.companySeparatorNode.test(node.nodeValue ?? '') && next?.nodeType === 1) {
      return cleanText(next.textContent) || undefined;
    }
  }
  return undefined;
}

export function readLocation(scope: ParentNode): string | undefined {
  return firstOf([
    () => textExcept(firstInPage(scope, PROFILE.location), STRUCTURE.decoration),
    () => textExcept(iconRow(scope, PROFILE.locationIcon), STRUCTURE.decoration),
  ]);
}

export function readContacts(scope: ParentNode): ContactCount | undefined {
  for (const selector of PROFILE.contacts) {
    for (const el of scope.querySelectorAll(selector)) {
      const count = inPage(el) ? parseContactCount(el.textContent) : undefined;
      if (count) return count;
    }
  }
  const byText = elementsWithText(scope, STRUCTURE.textLeaf, (t) => PATTERNS.contactCount.test(t)).filter(inPage);
  return byText[0] ? parseContactCount(byText[0].textContent) : undefined;
}

/** Contact degree from the distance label or the contact path; only inside the header and the path block. */
export function readDegree(root: ParentNode, scope: Element | null): 1 | 2 | 3 | undefined {
  const blocks = [...PROFILE.degree.map((s) => firstInPage(root, [s])), scope];
  for (const block of blocks) {
    if (!block) continue;
    const direct = parseDegree(block.textContent);
    if (direct) return direct;
    const hit = elementsWithText(block, STRUCTURE.textLeaf, (t) => parseDegree(t) !== undefined)[0];
    if (hit) return parseDegree(hit.textContent);
  }
  return undefined;
}

/** Page names that the header's own action links carry (`?name=…`, `/chats/new/…`), for a staleness check. */
export function actionKeys(scope: ParentNode): string[] {
  const keys: string[] = [];
  for (const a of scope.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    for (const re of PROFILE.actionKeyHrefs) {
      const m = re.exec(href);
      if (m?.[1]) keys.push(decodeSegment(m[1]));
    }
  }
  return keys;
}
