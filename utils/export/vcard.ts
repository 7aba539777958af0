import type { PersonWithIdentities } from './people-csv';
import { nameParts } from '../text/name-parts';
import { personUid } from './person-uid';

/** vCard 3.0 text escapes: backslash, comma, semicolon, line breaks. */
const esc = (text: string): string => text.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');

/** Folds a content line at 75 octets of UTF-8 (RFC 2426 §2.6), never inside a character. */
function fold(line: string): string {
  const enc = new TextEncoder();
  if (enc.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (octets + n > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * People as vCards 3.0 (what address books and CRMs read most widely), one after another in one file: name,
 * organisation, title, place, notes, the profile URLs, and the person's id as UID (see person-uid.ts: a re-import
 * finds a person without profile by it). Lines end in CRLF and are folded. Pure.
 */
export function peopleVcards(list: readonly PersonWithIdentities[]): string {
  return list
    .map(({ person: p, identities }) => {
      const n = nameParts(p.displayName);
      const lines = [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `UID:${esc(personUid(p.id))}`,
        `FN:${esc(p.displayName)}`,
        `N:${esc(n.family)};${esc(n.given)};;${esc(n.prefix)};${esc(n.suffix)}`,
        ...(p.company ? [`ORG:${esc(p.company)}`] : []),
        ...(p.headline ? [`TITLE:${esc(p.headline)}`] : []),
        ...(p.location ? [`ADR;TYPE=WORK:;;;${esc(p.location)};;;`] : []),
        ...(p.notes ? [`NOTE:${esc(p.notes)}`] : []),
        ...(p.tags.length ? [`CATEGORIES:${p.tags.map(esc).join(',')}`] : []),
        ...identities.map((i) => `URL;TYPE=${i.platform === 'xing' ? 'XING' : 'LINKEDIN'}:${i.url}`),
        'END:VCARD',
      ];
      return lines.map(fold).join('\r\n');
    })
    .join('\r\n')
    .concat(list.length ? '\r\n' : '');
}
