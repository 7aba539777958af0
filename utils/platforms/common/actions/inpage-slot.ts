/** The name (for `Symbol.for`) under which the running in-page UI keeps its handle in the tab's isolated world. */
export const INPAGE_SLOT = 'handschlag:inpage';

/** The same for the recognition card on profile pages (entrypoints/profile-card.ts). */
export const CARD_SLOT = 'handschlag:profile-card';

/** The element the site sees of us: one per mount, a custom tag with nothing in it the page can read. */
export const HOST_TAG = 'handschlag-ui';
/** The same for the draft hint beside the sites' message and note boxes (entrypoints/draft-hint.ts). */
export const DRAFT_SLOT = 'handschlag:draft-hint';
