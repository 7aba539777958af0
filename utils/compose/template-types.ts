import type { Situation } from './context';
import type { Facts } from './facts';

/**
 * A suggestion is a greeting, body sentences and a closing. A sentence whose fact is unknown is left out (its
 * text is false); optional sentences are dropped from the end when the text must fit a limit (fit.ts), so the
 * most specific sentences come first and the request or question that gives the reason is required.
 */
export interface Sentence {
  text: string | false | undefined;
  optional: boolean;
}

export const req = (text: string | false | undefined): Sentence => ({ text, optional: false });
export const opt = (text: string | false | undefined): Sentence => ({ text, optional: true });

export type Variant = (f: Facts) => Sentence[];

export interface Book {
  greeting: (f: Facts) => string;
  /** Sign-off and the user's name, on two lines in messages, one in notes. */
  closing: (f: Facts) => [string, string];
  situations: Record<Situation, readonly Variant[]>;
}

/** A full sentence after a colon starts with a capital in German ("Mein Anliegen: Wir suchen …"). */
export { upperFirst } from '../text/upper-first';
