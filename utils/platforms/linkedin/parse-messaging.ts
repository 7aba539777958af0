import { cleanText } from '../../text/clean';
import type { MessageFacts, PageFacts, PageParse, ParseContext } from '../facts';
import type { ParseError } from '../parse-result';
import { firstOf } from '../parse-result';
import { firstMatch, isSkipped, matchName, multilineText, slugFromHref, visibleText } from './dom-text';
import { messageTime, separatorDay } from './message-time';
import { embeddedPage } from './embedded';
import { labelAgrees } from './label-check';
import { findMain } from './profile-top-card';
import {
  CONVERSATION_LIST,
  DAY_SEPARATOR,
  GLOBAL_NAV,
  HEADINGS,
  LABELLED,
  LEGACY_MESSAGE_BODY,
  LEGACY_MESSAGE_ITEM,
  LEGACY_MESSAGE_LIST,
  LEGACY_MESSAGE_SENDER,
  LISTS,
  MESSAGE_BODY,
  MESSAGE_ITEM,
  MESSAGE_LIST,
  MESSAGE_SENDER,
  NOT_CONTENT,
  PARAGRAPH,
  PHOTO,
  PROFILE_LINK,
  SENT_HEADING,
  THREAD_LABEL,
  TIME,
  VIEW_PROFILE_LABELS,
} from './selectors';

const pageType = 'linkedin.messaging' as const;

/**
 * The open conversation of LinkedIn messaging (2024 msg-s-* markup, 2026 SDUI) into messages. A message
 * without its own sender/time line (a continuation in a group) takes those of the message above it.
 * Messaging home without an open thread is `messages: []`. Pure.
 */
export function parseMessaging(root: Document, ctx: ParseContext): PageParse {
  const main = findMain(root);
  const list = main ? findMessageList(main) : undefined;
  if (!main || !list) {
    if (main?.querySelector(CONVERSATION_LIST)) return { ok: true, page: { pageType, messages: [] } };
    return { ok: false, error: { code: 'layout-not-recognised', pageType, message: 'no conversation found on this page' } };
  }
  const messages: MessageFacts[] = [];
  const skipped: ParseError[] = [];
  const viewer = viewerKey(root);
  let day: number | undefined;
  let previous: MessageFacts | undefined;
  for (const entry of listEntries(list)) {
    if (isDaySeparator(entry)) {
      day = separatorDay(entry, ctx);
      continue;
    }
    const read = readMessage(entry, previous, day, ctx);
    if (!read) continue;
    if ('code' in read) {
      skipped.push(read);
      continue;
    }
    if (viewer && read.senderKey === viewer) read.fromViewer = true;
    messages.push(read);
    previous = read;
  }
  const page: PageFacts = { pageType, messages };
  if (skipped.length) page.skipped = skipped;
  return { ok: true, page };
}

/** The viewer's key where the page shows it: the `/voyager/api/me` island (2024 [FIX-L]), else a profile link in the global nav. */
function viewerKey(root: Document): string | undefined {
  const nav = [...root.querySelectorAll(`${GLOBAL_NAV} ${PROFILE_LINK}`)].map((a) => slugFromHref(a.getAttribute('href'))).find(Boolean);
  return embeddedPage(root, '').viewerKey ?? nav;
}

/** The thread's message list: data-view-name, the "Conversation with X" region, legacy classes, then structure. */
function findMessageList(main: Element): Element | undefined {
  return firstOf<Element>([
    () => firstMatch(main, MESSAGE_LIST),
    () => {
      const region = [...main.querySelectorAll(LABELLED)].find((el) => THREAD_LABEL.test(cleanText(el.getAttribute('aria-label'))));
      return region ? busiestList(region) ?? undefined : undefined;
    },
    () => firstMatch(main, LEGACY_MESSAGE_LIST),
    () => busiestList(main),
  ]);
}

/** The list (ul/ol/role=list) with the most entries that link a member; conversation lists link threads instead. */
function busiestList(scope: Element): Element | undefined {
  let best: Element | undefined;
  let bestCount = 0;
  for (const list of scope.querySelectorAll(LISTS)) {
    if (list.closest(NOT_CONTENT)) continue;
    const count = [...list.children].filter((c) => c.querySelector(PROFILE_LINK)).length;
    if (count > bestCount) [best, bestCount] = [list, count];
  }
  return best;
}

function listEntries(list: Element): Element[] {
  const marked = [...list.querySelectorAll(`${MESSAGE_ITEM}, ${LEGACY_MESSAGE_ITEM}, ${DAY_SEPARATOR}`)];
  const direct = [...list.children];
  // Wrappers around the items: fall back to the marked items when the direct children are not them.
  return marked.length && !marked.every((m) => direct.includes(m)) ? marked.filter((m) => !marked.some((o) => o !== m && o.contains(m))) : direct;
}

function isDaySeparator(el: Element): boolean {
  if (el.matches(DAY_SEPARATOR)) return true;
  const time = el.querySelector(TIME);
  return !!time && !el.querySelector(PROFILE_LINK) && visibleText(el) === visibleText(time);
}

/** One entry of the list as a message; undefined for entries without text (attachments, system events). */
function readMessage(el: Element, previous: MessageFacts | undefined, day: number | undefined, ctx: ParseContext): MessageFacts | ParseError | undefined {
  const bodyEl = el.querySelector(MESSAGE_BODY) ?? el.querySelector(LEGACY_MESSAGE_BODY) ?? undefined;
  const outsideBody = (n: Element) => !bodyEl?.contains(n) && !n.closest(PARAGRAPH);
  const link = [...el.querySelectorAll(PROFILE_LINK)].find((a) => outsideBody(a) && slugFromHref(a.getAttribute('href')));
  const headings = [...el.querySelectorAll(HEADINGS)].filter(outsideBody);
  // Visible text decides (the sender line, the group's "X sent the following messages" heading, the link's text);
  // the link's "View X’s profile" label and the photo's alt only confirm it, or stand in together when none shows.
  const label = matchName(link?.getAttribute('aria-label'), VIEW_PROFILE_LABELS);
  const alt = cleanText(link?.querySelector(PHOTO)?.getAttribute('alt'));
  const visible = firstOf<string>([
    () => visibleText(el.querySelector(MESSAGE_SENDER)),
    () => headings.map((h) => matchName(visibleText(h), SENT_HEADING)).find(Boolean),
    () => visibleText(link),
    () => visibleText(el.querySelector(LEGACY_MESSAGE_SENDER)),
  ]);
  if (visible && label && !labelAgrees(label, visible)) {
    return { code: 'conflicting-field', pageType, field: 'senderName', message: `a message was skipped: its sender shows "${visible}", the profile link's label says "${label}"` };
  }
  const ownName = visible ?? (label && (!alt || labelAgrees(label, alt)) ? label : alt || undefined);
  const ownKey = slugFromHref(link?.getAttribute('href'));
  const timeEl = [...el.querySelectorAll(TIME)].find(outsideBody);
  const ownTime = timeEl ? messageTime(timeEl, day, ctx) : undefined;

  const text = firstOf<string>([
    () => multilineText(bodyEl),
    () => multilineText(el, (n) => isSkipped(n) || n === link || n.matches(TIME) || n.matches(HEADINGS) || (!!ownName && !n.querySelector(PARAGRAPH) && visibleText(n) === ownName)),
  ]);
  if (!text) return undefined;

  // A continuation (no sender line of its own) belongs to the message above it.
  const senderName = ownName ?? (ownKey ? undefined : previous?.senderName);
  if (!senderName) return { code: 'missing-field', pageType, field: 'senderName', message: 'a message without a sender was skipped' };
  const continuation = !ownName && !ownKey;
  const senderKey = continuation ? previous?.senderKey : ownKey;
  const time = ownTime ?? (continuation || previous?.senderName === senderName ? previous?.time : undefined);
  return { ...(senderKey ? { senderKey } : {}), senderName, ...(time ? { time } : {}), text };
}
