import { cleanText } from '../../text/clean';
import type { MessageFacts, PageParse, ParseContext } from '../facts';
import type { ParseError } from '../parse-result';
import { multilineText, profileKeyOfHref, profileLinks, textExcept } from './dom-read';
import { findLog, findMessageUnits, showsChatListOnly, unreadLogItems } from './message-items';
import { readTime } from './seen-time';
import { MESSAGES, STRUCTURE, WORDS } from './selectors';
import { isLabel, isSystemLine, nameFitsKey } from './text';

/** Page name and shown name of a message's sender block (a profile link, or a block holding one). */
function readSender(el: Element | null, base: string): { key?: string; name?: string } {
  if (!el) return {};
  const link = el.matches('a[href]') && profileKeyOfHref(el.getAttribute('href'), base) ? el : profileLinks(el, base)[0]?.el;
  const key = link ? profileKeyOfHref(link.getAttribute('href'), base) : undefined;
  const plausible = (t: string) => t.length >= 2 && t.length <= 200 && !isLabel(t, WORDS.notAName);
  // The name hook, then the text of a profile link in the block (an author block also holds a photo link
  // and sometimes the occupation), then the whole block, then the link's title.
  const linkTexts = [el, ...el.querySelectorAll('a[href]')]
    .filter((a) => a.matches('a[href]') && profileKeyOfHref(a.getAttribute('href'), base))
    .map((a) => textExcept(a, STRUCTURE.decoration));
  const candidates = [
    textExcept(el.querySelector(MESSAGES.senderName)),
    ...linkTexts,
    textExcept(el, `time, ${STRUCTURE.decoration}`),
    cleanText(link?.getAttribute('title')),
  ];
  const name = candidates.find((t) => t && plausible(t));
  if (name) return { key, name };
  const alt = cleanText(el.querySelector('img[alt]')?.getAttribute('alt'));
  return alt && plausible(alt) && key && nameFitsKey(alt, key) ? { key, name: alt } : { key };
}

/**
 * The visible messages of the open conversation, oldest first, with sender, time and text (paragraph breaks
 * kept). System lines ("Ihr seid jetzt Kontakte") are not messages. Pure.
 */
export function parseMessagesPage(root: Document, ctx: ParseContext): PageParse {
  const pageType = 'xing.messages' as const;
  const units = findMessageUnits(root, ctx.url, ctx.now, ctx.tzOffsetMin);
  if (!units.length) {
    const log = findLog(root);
    if (log && unreadLogItems(log, ctx.url) > 0) {
      return { ok: false, error: { code: 'layout-not-recognised', pageType, message: 'the conversation has entries that are not recognised as messages' } };
    }
    if (log || showsChatListOnly(root)) return { ok: true, page: { pageType, messages: [] } };
    return { ok: false, error: { code: 'layout-not-recognised', pageType, message: 'no conversation found on this XING page' } };
  }
  const messages: MessageFacts[] = [];
  const skipped: ParseError[] = [];
  for (const unit of units) {
    const { key, name } = readSender(unit.sender, ctx.url);
    for (const bubble of unit.bubbles) {
      const text = multilineText(bubble.body, MESSAGES.bubbleNoise);
      if (isSystemLine(text)) continue;
      const missing = !name ? 'senderName' : !text ? 'text' : undefined;
      if (missing || !name) {
        skipped.push({ code: 'missing-field', pageType, field: missing ?? 'senderName', message: `message without ${missing ?? 'senderName'} skipped` });
        continue;
      }
      const time = bubble.time ? readTime(textExcept(bubble.time), ctx.now, ctx.tzOffsetMin) : undefined;
      messages.push({ ...(key ? { senderKey: key } : {}), senderName: name, ...(time ? { time } : {}), text });
    }
  }
  return { ok: true, page: { pageType, messages, ...(skipped.length ? { skipped } : {}) } };
}
