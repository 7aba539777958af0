/**
 * Popup → content script: put a composed text into the open message or note box of the person `key` on the page.
 * The content script inserts only after checking that exactly one box is open and that it belongs to that person;
 * it never sends. Kept apart from tab-messages.ts so the composer's change stays additive.
 */
export const COMPOSE_INSERT = 'handschlag/compose-insert' as const;

export interface ComposeInsertRequest {
  type: typeof COMPOSE_INSERT;
  text: string;
  /** Profile key of the person the text is for (from the tab's URL). */
  key: string;
  name: string;
}

/**
 * Why nothing was inserted, as a code the popup words in its own language (no English sentence crosses over):
 * `unknown-owner` a box is open but the page does not say whose; `not-taken` the box did not keep the text;
 * `unreachable` the popup could not reach the page at all. `detail` only with `other-person`: the name the page
 * shows for the box's owner.
 */
export type InsertRefusal = 'no-box' | 'ambiguous' | 'other-person' | 'unknown-owner' | 'not-taken' | 'unreachable';

export type ComposeInsertAnswer = { ok: true } | { ok: false; reason: InsertRefusal; detail?: string };
