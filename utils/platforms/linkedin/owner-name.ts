import { cleanText } from '../../text/clean';
import { matchName } from './dom-text';
import type { EmbeddedPage } from './embedded';
import { labelAgrees, nameHint, plausibleName, sameName, shownName } from './label-check';
import { insideSkipped, ownerLinks, titleName } from './profile-top-card';
import { ABOUT_LINK, H1, H2, LABELLED, OWNER_ACTION_LABELS, SIDEBAR_PEOPLE } from './selectors';

// The profile owner's name. Visible text decides: the top card's heading (h1 in 2024 and on guest pages, the first h2
// in the 2026 lite UI). Labels and the page's embedded data confirm: a name hint that disagrees makes the name a
// named conflict, never a guess. Without a visible name, a label counts only when a second witness agrees.

export type NameRead = { name: string } | { conflict: string } | undefined;

/** The owner's name, a conflict (what disagrees with what), or undefined when the page shows none. */
export function ownerName(root: Document, main: Element, card: Element | undefined, slug: string, data: () => EmbeddedPage): NameRead {
  const scope = card ?? main;
  const heading = firstHeading(scope, H1) ?? (card ? firstHeading(card, H2) : undefined);
  const about = ownerLinks(scope, slug, ABOUT_LINK);
  // The about-this-profile link carries the name in its text [FIX-L 2024-07] and, in 2024, a label that may
  // describe the verification badge instead ("Amelia has verifications", issue 15).
  const visible = shownName(heading) ?? about.map((a) => shownName(a)).find(Boolean);
  const hints: [string, string][] = [];
  for (const a of about) {
    const hint = nameHint(a.getAttribute('aria-label'));
    if (hint) hints.push(['the label of the about-this-profile link', hint]);
  }
  const action = card ? labelName(card) : undefined;
  if (action) hints.push(['the label of a top-card action', action]);
  const embedded = data().profile.name;

  if (visible) {
    const against = hints.find(([, hint]) => !labelAgrees(hint, visible));
    if (against) return { conflict: `the heading shows "${visible}", ${against[0]} says "${against[1]}"` };
    if (embedded && !sameName(embedded, visible)) return { conflict: `the heading shows "${visible}", the page's embedded data says "${embedded}"` };
    return { name: visible };
  }
  if (embedded) {
    const against = hints.find(([, hint]) => !labelAgrees(hint, embedded));
    return against ? { conflict: `the page's embedded data says "${embedded}", ${against[0]} says "${against[1]}"` } : { name: embedded };
  }
  // Labels alone: only a full name that the document title confirms.
  const title = card ? titleName(root) : undefined;
  const full = hints.find(([, hint]) => title && sameName(hint, title));
  return full ? { name: full[1] } : undefined;
}

/** The first heading of `tag` in `scope` outside dialogs and side bars that shows any text. */
function firstHeading(scope: Element, tag: string): Element | undefined {
  return [...scope.querySelectorAll(tag)].find((h) => !insideSkipped(h, scope) && shownName(h));
}

/** Pattern order wins over document order: "Invite X to connect" before any "Follow …" (which could be a company). */
function labelName(card: Element): string | undefined {
  // Cleaned once, not once per pattern; the first hit ends the search.
  const labels = [...card.querySelectorAll(LABELLED)].filter((el) => !el.closest(SIDEBAR_PEOPLE)).map((el) => cleanText(el.getAttribute('aria-label')));
  for (const pattern of OWNER_ACTION_LABELS) {
    for (const label of labels) {
      const name = label && plausibleName(matchName(label, [pattern]));
      if (name) return name;
    }
  }
  return undefined;
}
