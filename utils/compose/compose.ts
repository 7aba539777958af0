import { resolveAddress, type AddressSource } from './address';
import { fit } from './assemble';
import { DE_DU } from './book-de-du';
import { DE_SIE } from './book-de-sie';
import { EN } from './book-en';
import { checkContext, type Address, type ComposeContext, type Lang, type Situation } from './context';
import { factsFrom, type Facts } from './facts';
import { channelFor, type Channel } from './limits';
import type { Book } from './template-types';

/**
 * The composer: a context in, several suggestions out, each within the platform's limit for the situation.
 * Deterministic and on the device (no model, no network): the same context always gives the same texts. Pure.
 */
export interface Suggestion {
  situation: Situation;
  lang: Lang;
  address: Address;
  /** Which variant of the situation (0-based), stable across calls. */
  variant: number;
  text: string;
  /** UTF-16 code units, as the platforms' text boxes count. */
  length: number;
  limit: number;
}

export interface ComposeOptions {
  /** The form of address the journal remembers for this person (the context's own `address` still wins). */
  rememberedAddress?: Address;
}

export type ComposeResult =
  | { ok: true; suggestions: Suggestion[]; channel: Channel; addressSource: AddressSource }
  | { ok: false; error: string };

export function bookFor(lang: Lang, address: Address): Book {
  if (lang === 'en') return EN;
  return address === 'du' ? DE_DU : DE_SIE;
}

/** Validates `input` (a parsed compose context) and writes the suggestions. */
export function compose(input: unknown, options: ComposeOptions = {}): ComposeResult {
  const checked = checkContext(input);
  if (!checked.ok) return checked;
  return composeContext(checked.context, options);
}

/** The facts of a context as the templates see them (the user's own templates are filled from these). */
export function contextFacts(context: ComposeContext, options: ComposeOptions = {}): Facts {
  return factsFrom(context, resolveAddress({ chosen: context.address, remembered: options.rememberedAddress, theirWords: [context.request?.note], platform: context.platform }).address);
}

export function composeContext(context: ComposeContext, options: ComposeOptions = {}): ComposeResult {
  const { address, source } = resolveAddress({
    chosen: context.address,
    remembered: options.rememberedAddress,
    theirWords: [context.request?.note],
    platform: context.platform,
  });
  const facts = factsFrom(context, address);
  if (!facts.name) return { ok: false, error: 'person.name: has no readable text' };
  if (!facts.me.name) return { ok: false, error: 'me.name: has no readable text' };
  if (facts.intro && !facts.intro.name) return { ok: false, error: 'introTo.name: has no readable text' };
  if (context.situation === 'after-meeting' && !facts.event) return { ok: false, error: 'meeting.event: has no readable text' };

  const channel = channelFor(context.situation, context.platform, context.premium);
  const book = bookFor(context.lang, address);
  const suggestions: Suggestion[] = [];
  book.situations[context.situation].forEach((variant, index) => {
    const text = fit(book, facts, variant, channel.limit, { kind: channel.kind });
    if (text === undefined) return;
    suggestions.push({ situation: context.situation, lang: context.lang, address, variant: index, text, length: text.length, limit: channel.limit });
  });
  if (suggestions.length === 0) return { ok: false, error: `no suggestion fits ${channel.limit} characters` };
  return { ok: true, suggestions, channel, addressSource: source };
}
