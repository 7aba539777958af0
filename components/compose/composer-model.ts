import { composeContext, contextFacts, type Suggestion } from '../../utils/compose/compose';
import type { Address, ComposeContext, Lang, Situation } from '../../utils/compose/context';
import type { Channel } from '../../utils/compose/limits';
import { lintDraft, MISSING_KEYS, type LintResult } from '../../utils/compose/lint-draft';
import { fillTemplate, type FillResult } from '../../utils/compose/user-template';
import type { MessageKey } from '../../utils/i18n';

/**
 * What the composer shows, from what the user picked and typed: the suggestions (or what they still need), and the
 * lint of the text in the box. Pure, so the component only renders and the tests need no browser.
 */
export interface ComposerPerson {
  name: string;
  headline?: string;
  company?: string;
  wants?: string[];
  haves?: string[];
}

export interface ComposerInputs {
  situation: Situation;
  lang: Lang;
  /** Undefined: chosen automatically (remembered, their words, platform). */
  address?: Address;
  event: string;
  /** YYYY-MM-DD. */
  date: string;
  notes: string;
  introName: string;
  introWhy: string;
}

export interface ComposerSetup {
  person: ComposerPerson;
  platform: 'xing' | 'linkedin';
  premium: boolean;
  me: { name?: string; company?: string; links?: string[] };
  rememberedAddress?: Address;
  /** Their request note, when there is one: it is answered, and its Sie/Du is followed. */
  theirNote?: string;
}

export const SITUATION_KEYS: Record<Situation, MessageKey> = {
  'after-meeting': 'compose_sitAfterMeeting',
  'answer-request': 'compose_sitAnswerRequest',
  'accept-thanks': 'compose_sitAcceptThanks',
  'thank-visitor': 'compose_sitThankVisitor',
  'ask-introduction': 'compose_sitAskIntroduction',
  revive: 'compose_sitRevive',
};

export type Suggestions =
  | { ok: true; suggestions: Suggestion[]; channel: Channel; address: Address }
  | { ok: false; need: MessageKey };

const optional = (text: string) => (text.trim() ? text.trim() : undefined);
/** The compose context for what the user picked and typed (required facts are checked by the caller). */
function contextOf(setup: ComposerSetup, inputs: ComposerInputs): ComposeContext {
  const event = optional(inputs.event);
  return {
    situation: inputs.situation,
    lang: inputs.lang,
    ...(inputs.address ? { address: inputs.address } : {}),
    platform: setup.platform,
    premium: setup.premium,
    person: setup.person,
    ...(event && /^\d{4}-\d{2}-\d{2}$/.test(inputs.date) ? { meeting: { event, date: inputs.date, notes: optional(inputs.notes) } } : {}),
    request: { note: setup.theirNote ?? '' },
    ...(optional(inputs.introName) ? { introTo: { name: inputs.introName.trim(), why: optional(inputs.introWhy) } } : {}),
    me: { name: setup.me.name ?? '', company: setup.me.company, links: setup.me.links },
  };
}

export function suggestionsFor(setup: ComposerSetup, inputs: ComposerInputs): Suggestions {
  if (!setup.me.name?.trim()) return { ok: false, need: 'compose_needMyName' };
  if (inputs.situation === 'after-meeting' && !inputs.event.trim()) return { ok: false, need: 'compose_needEvent' };
  if (inputs.situation === 'ask-introduction' && !inputs.introName.trim()) return { ok: false, need: 'compose_needIntro' };
  const result = composeContext(contextOf(setup, inputs), { rememberedAddress: setup.rememberedAddress });
  if (!result.ok) return { ok: false, need: 'compose_unreadable' };
  return { ok: true, suggestions: result.suggestions, channel: result.channel, address: result.suggestions[0]!.address };
}

/** The user's own templates filled for this person, or what each one lacks (never a half-filled text). */
export function ownTemplates(setup: ComposerSetup, inputs: ComposerInputs, templates: readonly string[]): { template: string; fill: FillResult }[] {
  if (!templates.length) return [];
  const facts = contextFacts(contextOf(setup, inputs), { rememberedAddress: setup.rememberedAddress });
  return templates.map((template) => ({ template, fill: fillTemplate(template, facts) }));
}

export interface LintView {
  templateLike: boolean;
  findings: { id: string; key: MessageKey; subs: string[] }[];
  missing: MessageKey[];
}

/** The draft linter's view of the text, without its own note-length finding (the counter shows the real limit). */
export function lintView(text: string, setup: ComposerSetup, lang: Lang): LintView {
  const result: LintResult = lintDraft(text, {
    lang,
    platform: setup.platform,
    recipient: { name: setup.person.name, company: setup.person.company, wants: setup.person.wants },
  });
  return {
    templateLike: result.templateLike,
    findings: result.findings.filter((f) => f.id !== 'too-long').map((f) => ({ id: f.id, key: f.reason.key as MessageKey, subs: f.reason.subs.map(String) })),
    missing: result.missing.map((m) => MISSING_KEYS[m] as MessageKey),
  };
}
