import { cleanText } from '../../text/clean';
import { elementsWithText, inChrome, inPage, profileLinks, queryAllFirst, queryFirst } from './dom-read';
import { seenRange } from './seen-time';
import { MESSAGES, STRUCTURE } from './selectors';

// Where the messages of the open conversation are. Each unit is a sender's run of bubbles: its sender element
// (a `/profile/` link), and per bubble the text element and the time element.

export interface MessageUnit {
  sender: Element | null;
  bubbles: { body: Element; time: Element | null }[];
}

const MAX_TIME_TEXT = 30;

/**
 * The conversation log (data hooks, a list with `role=log`, legacy list), if the page shows one. A `role=log`
 * that is not a list is a live region (toasts), not a conversation.
 */
export function findLog(root: ParentNode): Element | null {
  for (const el of [...queryAllFirst(root, MESSAGES.log), ...queryAllFirst(root, MESSAGES.legacy.log)]) {
    if (inChrome(el)) continue;
    if (el.getAttribute('role') === 'log' && !el.matches(STRUCTURE.lists) && !el.querySelector('li')) continue;
    return el;
  }
  return null;
}

/** Units by data hooks: 2025 message groups with bubbles, 2019 React one-message items. */
function hookedUnits(scope: ParentNode): MessageUnit[] {
  const groups = queryAllFirst(scope, MESSAGES.group).filter(inPage);
  return groups.map((group) => {
    const sender = queryFirst(group, MESSAGES.sender);
    const bubbles = queryAllFirst(group, MESSAGES.bubble);
    const groupTime = queryFirst(group, MESSAGES.time);
    return {
      sender,
      bubbles: bubbles.map((body) => ({ body, time: queryFirst(body, MESSAGES.time) ?? (bubbles.length === 1 ? groupTime : null) })),
    };
  });
}

/** The deepest element in el whose whole text is a short time ("12.11.2019 09:15", "Gestern, 16:20"). */
function timeLeaf(el: Element, now: number, tz: number): Element | null {
  const hits = elementsWithText(el, STRUCTURE.textLeaf, (t) => t.length <= MAX_TIME_TEXT && seenRange(t, now, tz) !== undefined);
  return hits[0] ?? null;
}

/**
 * Units by structure (the old `/app/message` thread and any list of the same shape): list items that hold a
 * link to a profile, a short time, and a text block that is neither.
 */
function structuralUnits(scope: ParentNode, base: string, now: number, tz: number): MessageUnit[] {
  const units: { item: Element; unit: MessageUnit }[] = [];
  for (const item of scope.querySelectorAll('li')) {
    if (!inPage(item) || item.matches(MESSAGES.system)) continue;
    const link = profileLinks(item, base)[0]?.el;
    const time = timeLeaf(item, now, tz);
    if (!link || !time) continue;
    const parts = [...item.children].filter(
      (child) => !child.contains(link) && !child.contains(time) && !time.contains(child) && cleanText(child.textContent) !== '',
    );
    if (parts.length !== 1 || !parts[0]) continue;
    const sender = senderBlock(item, link);
    units.push({ item, unit: { sender, bubbles: [{ body: parts[0], time }] } });
  }
  // A list item that holds other message items is a wrapper, not a message.
  return units.filter(({ item }) => !units.some((u) => u.item !== item && item.contains(u.item))).map((u) => u.unit);
}

/** The child of item that holds the sender link (author block with photo and name), or the link itself. */
function senderBlock(item: Element, link: Element): Element {
  for (const child of item.children) if (child.contains(link)) return child;
  return link;
}

/** Units by legacy class names (last resort). */
function legacyUnits(scope: ParentNode): MessageUnit[] {
  return queryAllFirst(scope, MESSAGES.legacy.item)
    .filter((item) => inPage(item) && !item.matches(MESSAGES.system))
    .map((item) => {
      const body = queryFirst(item, MESSAGES.legacy.body);
      return { sender: queryFirst(item, MESSAGES.legacy.sender), bubbles: body ? [{ body, time: queryFirst(item, MESSAGES.legacy.time) }] : [] };
    });
}

/** The message units of the page, by the first strategy that finds any. */
export function findMessageUnits(root: ParentNode, base: string, now: number, tz: number): MessageUnit[] {
  const log = findLog(root);
  for (const scope of log ? [log, root] : [root]) {
    for (const strategy of [() => hookedUnits(scope), () => structuralUnits(scope, base, now, tz), () => legacyUnits(scope)]) {
      const units = strategy();
      if (units.length) return units;
    }
  }
  return [];
}

/** True when the page is the chat list without an open conversation. */
export function showsChatListOnly(root: ParentNode): boolean {
  return queryFirst(root, MESSAGES.listOnly) !== null;
}

/** List items in the log that hold a profile link (unread messages, if no unit was found). */
export function unreadLogItems(log: Element, base: string): number {
  return [...log.querySelectorAll('li')].filter((li) => profileLinks(li, base).length > 0).length;
}
