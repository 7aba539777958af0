// LinkedIn's messages.csv holds message bodies as HTML fragments (sponsored InMail) or with entities (2018).
// They become plain text here and are only ever shown as text.

// The named entities seen in exports and the ones German and French text needs; numeric ones cover the rest.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»', euro: '€', copy: '©', reg: '®', trade: '™',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç',
};
const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi;
const BREAK = /<\s*(?:br|\/p|\/div|\/li)\b[^>]*>/gi;
const TAG = /<\/?[a-z][^>]*>/gi;

/** HTML entities decoded (named ones LinkedIn uses, and every numeric one); unknown ones left as they are. Pure. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
  });
}

/** A message body as plain text: line-ending tags to line breaks, other tags dropped, then entities decoded. Pure. */
export function htmlToText(text: string): string {
  const plain = text.includes('<') ? text.replace(BREAK, '\n').replace(TAG, '') : text;
  return decodeEntities(plain);
}
