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

export type ComposeInsertAnswer =
  | { ok: true }
  | { ok: false; reason: 'no-box' | 'ambiguous' | 'other-person' | 'failed'; detail?: string };
