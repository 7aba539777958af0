import { personIdOfUid } from '../export/person-uid';
import { cleanText } from '../text/clean';
import { displayName } from './names';
import { PeopleBuilder } from './people-builder';
import { contentLines, type ContentLine } from './vcard-lines';
import { rowError, rowErrorOf, RowProblemError, type ImportDeps, type ImportedData, type RowError } from './types';

/** True when the bytes start (after white space or a byte-order mark) with `BEGIN:VCARD`. */
export function looksLikeVcard(bytes: Uint8Array): boolean {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 64)).replace(/^[\s\u00EF\u00BB\u00BF\uFEFF]+/, '');
  return /^BEGIN:VCARD/i.test(head);
}

/** Splits a structured value (N, ADR, ORG) at each `;` that no backslash escapes (`\\;` is a backslash, then a split). */
function components(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && i + 1 < value.length) current += ch + value[++i]!;
    else if (ch === ';') {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map(unescape);
}
/**
 * vCard 3.0/4.0 escapes: `\n` is a line break, any other escaped character is itself (Apple and Google write
 * `https\://`, which the standard does not ask for); a lone backslash at the end stays.
 */
const unescape = (value: string): string => value.replace(/\\(.)/gs, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/**
 * XING contacts saved as vCards (2.1 as XING writes them, 3.0 and 4.0 as address books re-save them), one or many
 * per file. Each card is one "row": a person with XING identity when its URL is a XING profile, a LinkedIn identity
 * when its only profile URL is LinkedIn's (our own export writes those), else filed by name; a card of our own
 * export keeps the person's id its UID names.
 * Photos are not read; e-mail addresses, phone numbers and notes are not kept (the journal holds what a profile shows).
 * `fromUtf16`: the bytes are the UTF-8 text of a file saved as UTF-16 (see contentLines). Pure.
 */
export function parseVcards(bytes: Uint8Array, deps: ImportDeps, fromUtf16 = false): ImportedData {
  // A card with only a LinkedIn profile (our own export writes one for each profile) becomes a LinkedIn identity.
  const people = { xing: new PeopleBuilder('xing', deps), linkedin: new PeopleBuilder('linkedin', deps) };
  const errors: RowError[] = [];
  let rows = 0;
  let card: ContentLine[] | null = null;
  for (const line of contentLines(bytes, fromUtf16)) {
    if (line.name === 'BEGIN' && line.value.trim().toUpperCase() === 'VCARD') {
      if (card) errors.push(rowError(rows, 'vcard-end', [String(card[0]?.line ?? line.line)], `vCard without END:VCARD (line ${card[0]?.line ?? line.line})`));
      rows++;
      card = [line];
    } else if (line.name === 'END' && line.value.trim().toUpperCase() === 'VCARD') {
      if (!card) continue;
      try {
        addCard(people, card);
      } catch (error) {
        errors.push(rowErrorOf(rows, error));
      }
      card = null;
    } else if (card) card.push(line);
  }
  if (card) errors.push(rowError(rows, 'vcard-end-of-file', [], 'vCard without END:VCARD at the end of the file'));
  return { format: 'xing-vcard', rows, people: [...people.xing.list(), ...people.linkedin.list()], requests: [], messages: [], skipped: {}, errors };
}

function addCard(people: Record<'xing' | 'linkedin', PeopleBuilder>, card: ContentLine[]): void {
  const first = (name: string) => card.find((l) => l.name === name)?.value ?? '';
  const n = components(first('N'));
  // N is family;given;additional;prefix;suffix. FN is what the card calls the person; N when FN is missing (2.1).
  const name = cleanText(unescape(first('FN'))) || displayName(n[3] ?? '', n[1] ?? '', n[2] ?? '', n[0] ?? '', n[4] ?? '');
  if (!name) throw new RowProblemError('vcard-no-name', [], 'the vCard has no name (FN or N)');
  // Apple Contacts files a XING profile as `X-SOCIALPROFILE;type=xing:http://www.xing.com/profile/…`.
  const urls = card.filter((l) => l.name === 'URL' || l.name === 'X-SOCIALPROFILE').map((l) => unescape(l.value).trim());
  const xing = urls.find((u) => /^https?:\/\/(www\.)?xing\.com\/profile\//i.test(u))?.replace(/^https?:\/\/(www\.)?/i, 'https://www.');
  const linkedin = xing ? undefined : urls.find((u) => /^https?:\/\/([a-z]{2,3}\.)?(www\.)?linkedin\.com\/in\//i.test(u));
  const url = xing ?? linkedin;
  const adr = card.find((l) => l.name === 'ADR' && /work/i.test(l.params.get('TYPE') ?? '')) ?? card.find((l) => l.name === 'ADR');
  const where = adr ? components(adr.value) : [];
  // Our own export's UID names the person's id (another program's UID is not ours to use, and is ignored).
  const id = personIdOfUid(unescape(first('UID')));
  people[linkedin ? 'linkedin' : 'xing'].add({
    name,
    ...(url ? { url } : {}),
    ...(id ? { id } : {}),
    company: cleanText(components(first('ORG'))[0] ?? ''),
    // Up to what the journal keeps (the dashboard takes 500 characters): our own export reads back whole.
    headline: cleanText(unescape(first('TITLE')), 500),
    location: cleanText([where[3], where[6]].filter(Boolean).join(', ')),
  });
}
