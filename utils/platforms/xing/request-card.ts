import { cleanText } from '../../text/clean';
import type { ParseContext, RequestFacts, TimeFact } from '../facts';
import type { ParseError } from '../parse-result';
import { elementsWithText, isBefore, multilineText, nextWithText, profileLinks, queryFirst, textExcept } from './dom-read';
import { nameFromAria, readActions } from './request-actions';
import { readTime } from './seen-time';
import { REQUESTS, STRUCTURE, WORDS } from './selectors';
import { afterLabel, isLabel, nameFitsKey, parseMutualLine, startsWithLabel } from './text';
import { labelAgrees } from '../name-agreement';

// One contact-request card → RequestFacts, or the required field it lacks. Never a half-filled record.

type Direction = RequestFacts['direction'];
const TIME_LABELS = [...WORDS.receivedLabel, ...WORDS.sentLabel];

/**
 * The card member's page name: the only one linked, or the one linked most often (photo, name and "Profil
 * ansehen" all point to the member; a mutual contact mentioned in the card is linked once). A tie is no answer.
 */
function dominantKey(links: { key: string }[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { key } of links) counts.set(key, (counts.get(key) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}

/** Key and name of the card's member: name hook → aria-labels → link title → link text → photo alt → legacy. */
function identify(card: Element, base: string): { key?: string; name?: string; conflict?: string } {
  const links = profileLinks(card, base);
  const mainKey = dominantKey(links);
  const own = links.filter((l) => l.key === mainKey);
  const plausible = (t: string) => t.length >= 2 && t.length <= 200 && !isLabel(t, WORDS.notAName);

  // Visible text decides, labels confirm (issue 15): the name hook's text wins, and a button label naming someone
  // else makes the name a conflict; a label alone counts only when it fits the page name in the key.
  const ariaName = nameFromAria(card);
  const hook = queryFirst(card, REQUESTS.name);
  const hookName = textExcept(hook, STRUCTURE.decoration);
  if (hook && hookName && plausible(hookName)) {
    const bound = links.find((l) => l.el === hook || l.el.contains(hook) || hook.contains(l.el));
    if (ariaName && !labelAgrees(ariaName, hookName)) return { key: bound?.key ?? mainKey, conflict: `it shows "${hookName}", a button's label says "${ariaName}"` };
    return { key: bound?.key ?? mainKey, name: hookName };
  }
  if (ariaName && plausible(ariaName) && mainKey && nameFitsKey(ariaName, mainKey)) return { key: mainKey, name: ariaName };

  const weak = [
    (el: Element) => cleanText(el.getAttribute('title')),
    (el: Element) => textExcept(el, STRUCTURE.decoration),
    (el: Element) => {
      const alt = cleanText(el.querySelector('img[alt]')?.getAttribute('alt'));
      return mainKey && nameFitsKey(alt, mainKey) ? alt : '';
    },
  ];
  for (const read of weak) {
    for (const { el } of own) {
      const name = read(el);
      if (name && plausible(name)) return { key: mainKey, name };
    }
  }
  const legacyName = textExcept(queryFirst(card, REQUESTS.legacy.name), STRUCTURE.decoration);
  if (legacyName && plausible(legacyName) && mainKey && nameFitsKey(legacyName, mainKey)) return { key: mainKey, name: legacyName };
  return { key: mainKey };
}

/** The element with the card's time: `<time>`, its data hook, the value after an "Erhalten:" label, a legacy class. */
function timeElement(card: Element): Element | null {
  const hooked = queryFirst(card, REQUESTS.time);
  if (hooked && !hooked.closest(STRUCTURE.quote)) return hooked;
  const label = elementsWithText(card, STRUCTURE.textLeaf, (t) => isLabel(t, TIME_LABELS))[0];
  const value = label ? nextWithText(label) : null;
  if (value) return value;
  return elementsWithText(card, STRUCTURE.textLeaf, (t) => afterLabel(t, TIME_LABELS) !== undefined)[0] ?? queryFirst(card, REQUESTS.legacy.time);
}

function readCardTime(el: Element | null, ctx: ParseContext): TimeFact | undefined {
  if (!el) return undefined;
  // "Erhalten: gestern · 2 gemeinsame Kontakte" when only the whole line is left: keep the time part.
  const text = cleanText(el.textContent).split(/\s+·\s+/)[0];
  return readTime(text, ctx.now, ctx.tzOffsetMin);
}

/** Free text blocks (`p`) of the card outside links, lists, buttons and the note, that are not labels. */
function textBlocks(card: Element, name: string): Element[] {
  return [...card.querySelectorAll('p')].filter((p) => {
    const outer = p.parentElement?.closest(STRUCTURE.notFreeText);
    if (outer && card.contains(outer)) return false;
    const text = cleanText(p.textContent);
    return text !== '' && text !== name && parseMutualLine(text) === undefined && !startsWithLabel(text, TIME_LABELS);
  });
}

function readHeadline(card: Element, name: string, time: Element | null): string | undefined {
  const hooked = textExcept(queryFirst(card, REQUESTS.headline), STRUCTURE.decoration);
  if (hooked) return hooked;
  // Structure: the first text block, when it comes before the time line (a note always follows it).
  const first = textBlocks(card, name)[0];
  if (first && time && isBefore(first, time) && !first.contains(time)) return cleanText(first.textContent);
  return textExcept(queryFirst(card, REQUESTS.legacy.headline), STRUCTURE.decoration) || undefined;
}

function readNote(card: Element, name: string, time: Element | null, headline: string | undefined): string {
  const noteOf = (el: Element | null | undefined) => (el ? multilineText(el, REQUESTS.noteNoise) : undefined);
  const aria = [...card.querySelectorAll('[aria-label]')].find((el) => startsWithLabel(el.getAttribute('aria-label'), REQUESTS.noteAria));
  let note = noteOf(queryFirst(card, REQUESTS.note)) ?? noteOf(aria) ?? noteOf(card.querySelector(STRUCTURE.quote));
  if (note === undefined && time) {
    const after = textBlocks(card, name).filter((p) => isBefore(time, p) && !p.contains(time) && cleanText(p.textContent) !== headline);
    if (after.length) note = after.map((p) => multilineText(p)).join('\n\n');
  }
  note ??= noteOf(queryFirst(card, REQUESTS.legacy.note)) ?? '';
  return isLabel(note, WORDS.noNote) ? '' : note;
}

function readMutual(card: Element): number | undefined {
  for (const selector of REQUESTS.mutual) {
    const el = card.querySelector(selector);
    const n = el ? parseMutualLine(el.textContent) : undefined;
    if (n !== undefined) return n;
  }
  const line = elementsWithText(card, STRUCTURE.textLeaf, (t) => parseMutualLine(t) !== undefined)[0];
  return line ? parseMutualLine(line.textContent) : undefined;
}

type CardRead = { ok: true; request: RequestFacts } | { ok: false; error: ParseError };

/** Reads one card. Key and name are required; everything else only when the card shows it. Pure. */
export function readRequestCard(card: Element, direction: Direction, ctx: ParseContext): CardRead {
  const pageType = direction === 'received' ? 'xing.requests.received' : 'xing.requests.sent';
  const { key, name, conflict } = identify(card, ctx.url);
  if (conflict) return { ok: false, error: { code: 'conflicting-field', pageType, field: 'name', message: `request card skipped: ${conflict}` } };
  if (!key || !name) {
    const field = key ? 'name' : 'key';
    const who = name ?? key ?? 'unknown member';
    return { ok: false, error: { code: 'missing-field', pageType, field, message: `request card without ${field} (${who}) skipped` } };
  }
  const timeEl = timeElement(card);
  const time = readCardTime(timeEl, ctx);
  const headline = readHeadline(card, name, timeEl);
  const mutualCount = readMutual(card);
  const request: RequestFacts = {
    direction,
    key,
    name,
    ...(headline ? { headline } : {}),
    note: readNote(card, name, timeEl, headline),
    ...(time ? { time } : {}),
    ...(mutualCount !== undefined ? { mutualCount } : {}),
    actions: readActions(card, name, ctx.url),
  };
  return { ok: true, request };
}
