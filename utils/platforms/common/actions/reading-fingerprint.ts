import type { PageParse } from '../../facts';

/** Each request card's JSON, kept per card object: the card memo hands back the same object for an unchanged card. */
const cardJson = new WeakMap<object, string>();

function jsonOf(card: object): string {
  let json = cardJson.get(card);
  if (json === undefined) cardJson.set(card, (json = JSON.stringify(card)));
  return json;
}

/**
 * What tells the delivery whether a reading is new: equal for two readings exactly when their JSON is, without turning
 * a list of 1,000 cards into JSON again on every pass (only the cards read anew). The rest of the reading is JSON as
 * before; JSON never holds a raw line break, so the parts joined by one cannot run together. Relies on read facts
 * never being changed after parsing (nothing does: the senders copy them).
 */
export function readingFingerprint(parsed: PageParse): string {
  if (!parsed.ok || !parsed.page.requests?.length) return JSON.stringify(parsed);
  const { requests, ...rest } = parsed.page;
  return `${JSON.stringify({ ...parsed, page: rest })}\n${requests.map(jsonOf).join('\n')}`;
}
