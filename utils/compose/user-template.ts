import type { Facts } from './facts';

/**
 * The user's own templates with placeholders ("Hallo {firstName}, schön, dass wir uns {eventAt} getroffen haben").
 * Checked twice: when saved (unknown names, broken braces) and when filled (facts this person does not have), so
 * an unfilled "{firstName}" never reaches a message box. Facts are already cleaned and carry no braces. Pure.
 */
export const PLACEHOLDERS = [
  'firstName', 'name', 'company', 'headline', 'wants', 'haves', 'event', 'eventAt', 'date', 'topic',
  'myName', 'myFirstName', 'myCompany', 'myLinks', 'introName', 'why',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const KNOWN: ReadonlySet<string> = new Set(PLACEHOLDERS);
const TOKEN = /\{([^{}]*)\}/g;

export interface TemplateCheck {
  /** Names in braces that are not placeholders, as written ("{firstname}", "{Vorname}"). */
  unknown: string[];
  /** Braces that do not form a placeholder: "{{firstName}}", "{firstName", "name}". */
  broken: boolean;
  used: Placeholder[];
}

export function checkTemplate(template: string): TemplateCheck {
  const unknown: string[] = [];
  const used: Placeholder[] = [];
  for (const [, name] of template.matchAll(TOKEN)) {
    const trimmed = name!.trim();
    if (KNOWN.has(trimmed) && trimmed === name) {
      if (!used.includes(trimmed as Placeholder)) used.push(trimmed as Placeholder);
    } else if (!unknown.includes(name!)) unknown.push(name!);
  }
  const broken = /[{}]/.test(template.replace(TOKEN, ''));
  return { unknown, broken, used };
}

function value(name: Placeholder, f: Facts): string | undefined {
  const de = f.lang === 'de';
  switch (name) {
    case 'firstName': return f.firstName;
    case 'name': return f.name;
    case 'company': return f.company;
    case 'headline': return f.headline;
    case 'wants': return f.wants;
    case 'haves': return f.haves;
    case 'event': return f.event;
    case 'eventAt': return de ? f.eventAtDe : f.event && `at ${f.event}`;
    case 'date': return (de ? f.dayDe : f.dayEn)?.replace(/^(?:am|on) /, '');
    case 'topic': return f.topic;
    case 'myName': return f.me.name;
    case 'myFirstName': return f.me.firstName;
    case 'myCompany': return f.me.company;
    case 'myLinks': return f.me.links.length ? f.me.links.join(' ') : undefined;
    case 'introName': return f.intro?.name;
    case 'why': return f.intro?.why;
  }
}

export type FillResult =
  | { ok: true; text: string }
  | { ok: false; unknown: string[]; broken: boolean; missing: Placeholder[] };

/** Fills every placeholder in one pass (a fact's text is never read as a placeholder), or says what is missing. */
export function fillTemplate(template: string, facts: Facts): FillResult {
  const check = checkTemplate(template);
  const missing = check.used.filter((name) => !value(name, facts));
  if (check.unknown.length || check.broken || missing.length) return { ok: false, unknown: check.unknown, broken: check.broken, missing };
  const text = template.replace(TOKEN, (_whole, name: string) => value(name as Placeholder, facts)!);
  return { ok: true, text };
}
