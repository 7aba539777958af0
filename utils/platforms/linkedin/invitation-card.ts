import { cleanText } from '../../text/clean';
import type { ParseContext, RequestAction, RequestFacts } from '../facts';
import type { PageType } from '../page-types';
import type { ParseError } from '../parse-result';
import { firstOf } from '../parse-result';
import { parseSeenTime } from '../time';
import { isOutsideContent, matchName, multilineText, slugFromHref, textBlocks, type TextBlock, visibleText } from './dom-text';
import {
  ACCEPT_LABELS,
  ACTION_ATTR,
  ACTION_TEXTS,
  CONTROLS,
  DECLINE_LABELS,
  IGNORE_LABELS,
  LEGACY_INVITATION,
  MORE_TEXT,
  NAME_DECORATION,
  NOTE_BOX,
  PHOTO,
  PROFILE_LINK,
  REPLY_LABELS,
  TIME,
  WITHDRAW_LABELS,
} from './selectors';
import { labelAgrees, shownName } from './label-check';
import { isCardTime, parseMutual } from './text-facts';

// One invitation card (received or sent) into RequestFacts, or a named error when key or name is missing.

const LABELS: readonly [RequestAction | 'reply', readonly RegExp[]][] = [
  ['accept', ACCEPT_LABELS],
  ['ignore', IGNORE_LABELS],
  ['withdraw', WITHDRAW_LABELS],
  ['decline', DECLINE_LABELS],
  ['reply', REPLY_LABELS],
];
/** Labels that name the card's person; "X antworten" is left out (a generic "Auf Nachricht antworten" would read as a name). */
const NAME_LABELS = LABELS.filter(([action]) => action !== 'reply').flatMap(([, res]) => res);

export function readInvitationCard(card: Element, direction: RequestFacts['direction'], ctx: ParseContext): RequestFacts | ParseError {
  const pageType: PageType = direction === 'received' ? 'linkedin.invitations.received' : 'linkedin.invitations.sent';
  const controls = [...card.querySelectorAll(CONTROLS)];
  const links = [...card.querySelectorAll(PROFILE_LINK)].filter((a) => slugFromHref(a.getAttribute('href')));
  // Visible text decides: the member link's own text (its first text block that is not a badge: the 2024 link also
  // holds the headline), else the legacy title. The buttons' labels ("Accept X’s invitation", "Einladung an X
  // zurückziehen") and the photo's alt only confirm it; a shortened label ("Accept Anna’s invitation") agrees.
  const visible = firstOf<string>([
    () => links.map((a) => textBlocks(a, isOutsideContent).map((b) => shownName(b.el)).find(Boolean)).find(Boolean),
    () => visibleText(card.querySelector(LEGACY_INVITATION.title)),
  ]);
  const labels = controls.map((c) => matchName(c.getAttribute('aria-label'), NAME_LABELS)).filter((n): n is string => !!n);
  const alt = links.map((a) => cleanText(a.querySelector(PHOTO)?.getAttribute('alt'))).find(Boolean);
  const against = visible ? labels.find((label) => !labelAgrees(label, visible)) : undefined;
  if (against) return { code: 'conflicting-field', pageType, field: 'name', message: `an invitation card was skipped: it shows "${visible}", a button's label says "${against}"` };
  // Without visible text, a label counts only when the photo's alt text agrees with it (two witnesses).
  const name = visible ?? (alt && labels.length && labels.every((l) => labelAgrees(l, alt)) ? alt : undefined);
  const key = pickKey(links, name);
  if (!key || !name) {
    const field = key ? 'name' : 'key';
    return { code: 'missing-field', pageType, field, message: `an invitation card without its ${field} was skipped` };
  }

  // Badges and pronouns beside the name ("Premium", "(she/her)", "Open to work") are neither headline nor note.
  const blocks = textBlocks(card, isOutsideContent).filter((b) => !MORE_TEXT.test(b.text) && !NAME_DECORATION.test(b.text));
  const nameAt = blocks.findIndex((b) => b.text === name || shownName(b.el) === name);
  const timeEl = card.querySelector(TIME);
  const timeBlock = blocks.find((b) => (timeEl && b.el === timeEl) || isCardTime(b.text));
  const timeText = timeEl ? visibleText(timeEl) : timeBlock?.text;
  const mutualBlock = blocks.find((b) => parseMutual(b.text));
  const headline = firstOf<string>([() => headlineOf(blocks, nameAt, timeBlock, name), () => visibleText(card.querySelector(LEGACY_INVITATION.subtitle))]);
  const note = firstOf<string>([
    () => multilineText(card.querySelector(NOTE_BOX)),
    () => noteOf(blocks, nameAt, [timeBlock, mutualBlock], headline, name),
    () => multilineText(card.querySelector(LEGACY_INVITATION.note)),
  ]);
  const range = timeText ? parseSeenTime(timeText, ctx.now, ctx.tzOffsetMin) : undefined;
  const mutualCount = mutualBlock ? parseMutual(mutualBlock.text)?.count : undefined;
  return {
    direction,
    key,
    name,
    ...(headline ? { headline } : {}),
    note: note ?? '',
    ...(timeText ? { time: { text: timeText, ...(range ? { range } : {}) } } : {}),
    ...(mutualCount !== undefined ? { mutualCount } : {}),
    // A control that wraps the name (a name link or button labelled with a badge or an action, issue 15) is the name.
    actions: actionsOf(controls.filter((c) => !cleanText(c.textContent).includes(name))),
  };
}

/** The slug of the link that carries the name, else of the first member link. */
function pickKey(links: Element[], name: string | undefined): string | undefined {
  const named = links.find((a) => name && (visibleText(a).startsWith(name) || cleanText(a.querySelector(PHOTO)?.getAttribute('alt')) === name));
  return slugFromHref((named ?? links[0])?.getAttribute('href'));
}

/** The block right after the name, when it is not the time or mutual line and comes before the time. */
function headlineOf(blocks: TextBlock[], nameAt: number, timeBlock: TextBlock | undefined, name: string): string | undefined {
  if (nameAt < 0) return undefined;
  const next = blocks[nameAt + 1];
  if (!next || next === timeBlock || next.text === name || parseMutual(next.text) || isCardTime(next.text)) return undefined;
  if (next.el.closest(NOTE_BOX) || next.el.closest(LEGACY_INVITATION.note)) return undefined;
  return next.text;
}

/** Everything after the header lines (name, headline, mutual, time): the note, '' when there is none. */
function noteOf(blocks: TextBlock[], nameAt: number, known: (TextBlock | undefined)[], headline: string | undefined, name: string): string | undefined {
  if (nameAt < 0) return undefined;
  const lastHeader = Math.max(nameAt, ...known.map((b) => (b ? blocks.indexOf(b) : -1)));
  const rest = blocks.slice(lastHeader + 1).filter((b) => b.text !== name && b.text !== headline && !isCardTime(b.text) && !parseMutual(b.text));
  return rest.map((b) => multilineText(b.el, isOutsideContent)).join('\n') || undefined;
}

/** The set of actions the card's controls offer, from aria-labels, then `invitation-action` buttons' texts. */
function actionsOf(controls: Element[]): RequestAction[] {
  const found = new Set<RequestAction>();
  for (const control of controls) {
    const label = control.getAttribute('aria-label');
    const byLabel = LABELS.find(([, res]) => matchName(label, res))?.[0];
    const text = visibleText(control, () => false);
    const byText = (Object.keys(ACTION_TEXTS) as (keyof typeof ACTION_TEXTS)[]).find((a) => ACTION_TEXTS[a].test(text));
    // A labelled control that is not an action (e.g. "Reply to X") is not read by its text either,
    // except inside the `invitation-action` group whose buttons are actions by definition [LIH 2025-10].
    const action = byLabel ?? (!label || control.closest(ACTION_ATTR) ? byText : undefined);
    if (action && action !== 'reply') found.add(action);
  }
  return [...found].sort();
}
