import { foldForSearch } from './fold';

/**
 * The line under a person's name: headline, company and place joined by " · ", each said once. A headline
 * usually names the employer already ("Senior Coach bei Brückner Consulting GmbH"), so the company is left out
 * when the headline holds it (compared folded: case, accents and spacing aside); a place the headline already
 * names is left out likewise. Pure.
 */
export function personLine(parts: { headline?: string; company?: string; location?: string }): string {
  return [parts.headline?.trim() ?? '', personMeta(parts)].filter(Boolean).join(' · ');
}

/** Company and place as personLine says them, for a view that shows the headline on a line of its own. */
export function personMeta(parts: { headline?: string; company?: string; location?: string }): string {
  const said = foldForSearch(parts.headline ?? '');
  return [parts.company, parts.location]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part && !namesWhole(said, foldForSearch(part)))
    .join(' · ');
}

/** Whether `text` holds `part` as whole words ("Manager" does not hold the company "AG"). */
function namesWhole(text: string, part: string): boolean {
  if (!part) return false; // indexOf('') never runs out
  const wordChar = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    const before = text[at - 1];
    const after = text[at + part.length];
    if ((!before || !wordChar.test(before)) && (!after || !wordChar.test(after))) return true;
  }
  return false;
}
