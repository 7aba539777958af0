/**
 * Patterns that need the original text (case, brackets): unrendered merge fields, a company name in the
 * first-name slot, a company's full legal name, and named referrals ("Hans Dietrich suggested I reach out").
 */
export const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /%[A-Za-z][A-Za-z_ ]{1,30}%/,
  /\{\{\s*[\w.! ]{2,40}\s*\}\}/,
  /\{\s*!?[\w.]{2,40}\s*\}/,
  /\[\s*(?:Vorname|Nachname|Name|Anrede|Firma|Unternehmen|Position|Titel|First ?Name|Last ?Name|Full ?Name|Company|Title|Job ?Title|City|Stadt)\s*\]/i,
  /^\s*(?:Hi|Hello|Hallo|Dear|Liebe[rs]?|Sehr geehrte[rs]?|Guten Tag)\s+[^,!\n]{0,60}\b(?:GmbH|AG|Ltd\.?|Inc\.?|LLC|KG|B\.V\.|S\.A\.|SE)(?=[\s,!.]|$)/,
];

export const LEGAL_NAME_PATTERNS: readonly RegExp[] = [/\b[\p{Lu}][\p{L}&.\- ]{1,60}\s(?:GmbH|Ltd\.?|Inc\.?|LLC|B\.V\.|S\.A\.|S\.p\.A\.|s\.r\.o\.)(?=[\s,!.;)]|$)/u];

export const REFERRAL_PATTERNS: readonly RegExp[] = [
  /\b\p{Lu}[\p{Ll}']+(?:[ -]\p{Lu}[\p{Ll}']+)?\s+(?:suggested|recommended|mentioned|said|told me|says hi|asked me|sends? (?:his |her )?regards)\b/u,
  /\b(?:Herr|Frau|Prof\.?|Dr\.?)\s+\p{Lu}[\p{Ll}]+\s+(?:\S+\s+){0,4}?(?:meinte|sagte|empfahl|hat mir|hat Sie|lässt grüßen)/u,
  /\b(?:my|our|your) (?:colleague|boss|manager|team lead)\s+\p{Lu}[\p{Ll}]+/u,
  // Introducing the recipient to a named person (first and last name): only someone who knows both does that.
  /\bintroduce you to (?:my (?:friend|colleague) )?\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}']+/u,
];
