import { cleanText } from '../text/clean';

// Visible text decides, labels confirm (issue 15), for both sites: how a name from a label, a title or the page's
// embedded data is compared with the name the page shows. Pure.

/** Names compared as a reader would: case, Unicode form and spacing do not count. */
const fold = (text: string | null | undefined): string => cleanText(text).normalize('NFC').toLocaleLowerCase();

export const sameName = (a: string | null | undefined, b: string | null | undefined): boolean => fold(a) !== '' && fold(a) === fold(b);

/** A label's name agrees with the visible name: the same, or its first name(s) ("Message Amelia" for "Amelia Hartmann"). */
export function labelAgrees(labelName: string, visible: string): boolean {
  const a = fold(labelName);
  const b = fold(visible);
  return a !== '' && (a === b || b.startsWith(`${a} `));
}
