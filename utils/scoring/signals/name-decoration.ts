import type { Signal } from './types';
import { reason, text } from './types';

const ID = 'name-decoration';

const SYMBOLS = /\p{Extended_Pictographic}|[★☆✔✓✅➤►•|]|\b\d+[.,]?\d*\s?[kK]\+?(?=\W|$)/u;
const TITLES =
  /\b(?:coach|hacker|expert|experte|networker|speaker|mentor|ceo|founder|gründer|consultant|berater|influencer|trainer)\b/i;

/** Emoji, symbols, follower counts or job titles inside the display name (mass-networker habit). */
export const nameDecoration: Signal = {
  id: ID,
  run(input) {
    const name = input.sender?.name;
    if (!name) return null;
    const m = SYMBOLS.exec(name) ?? TITLES.exec(name);
    if (!m) return null;
    return reason(ID, 1, text('sigNameDecoration', name), m[0]);
  },
};
