// Limits of the protocol that content scripts and the popup need too, in a module without zod (they must not bundle it).

/** Cards per `capture/requests` message: a longer list is sent in parts of at most this many, none dropped. */
export const MAX_CARDS_PER_MESSAGE = 500;

/** A list's keys sent as proof that it was read whole (request-diff.ts); a longer list proves no withdrawal. */
export const MAX_LIST_KEYS = 20_000;

/** The most of a draft the in-page hint sends (a connection note is 300 characters, a message rarely more than this). */
export const DRAFT_MAX = 3000;

/** How many of the newest pending requests the popup asks for, and the worker keeps its answer ready for. */
export const POPUP_LIMIT = 200;

/** People per page of the dashboard's list; the worker keeps its first page ready. */
export const PEOPLE_FIRST_PAGE = 100;

/**
 * The largest page copy a profile reader sends (`capture/snapshot`): the real saved profiles are 15–300 kB; a page
 * over this is reported as too large to read rather than sent.
 */
export const MAX_SNAPSHOT_CHARS = 4_000_000;
