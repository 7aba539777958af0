// vCard content lines from raw bytes. XING's exports (vCard 2.1) mark a charset per property and mix
// ISO-8859-1 and UTF-8 lines in one file, so a file cannot be decoded as a whole: each value is decoded by
// its own CHARSET, or as UTF-8 with a Windows-1252 fallback when it names none.

import { utf8OrWindows1252 } from './decode';

export interface ContentLine {
  /** Upper-case property name without its group (`item1.EMAIL` is `EMAIL`). */
  name: string;
  /** Upper-case parameter names to values; 2.1's bare `QUOTED-PRINTABLE` or `HOME` are `TYPE` values or ENCODING. */
  params: Map<string, string>;
  value: string;
  /** Physical line the property starts on, 1-based. */
  line: number;
}

const LATIN1 = new TextDecoder('windows-1252');
const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** Splits bytes into physical lines (CRLF, LF or CR), as byte slices. */
function physicalLines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 10 || bytes[i] === 13) {
      out.push(bytes.subarray(start, i));
      if (bytes[i] === 13 && bytes[i + 1] === 10) i++;
      start = i + 1;
    }
  }
  if (start < bytes.length) out.push(bytes.subarray(start));
  return out;
}

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

const headOf = (line: Uint8Array): string => {
  const colon = line.indexOf(58);
  return LATIN1.decode(line.subarray(0, colon < 0 ? Math.min(line.length, 200) : colon)).toUpperCase();
};

/**
 * Logical lines: a physical line starting with a space or tab continues the one before (folding), and a
 * quoted-printable value ending in `=` continues on the next line (2.1's soft line break). `fromUtf16`: the bytes
 * are the UTF-8 text of a file saved as UTF-16, whose values are that text whatever CHARSET a line still names
 * (Outlook's `CHARSET=Windows-1252` stays when the file is saved as "Unicode"); only quoted-printable bytes are
 * still in the named charset. Pure.
 */
export function contentLines(bytes: Uint8Array, fromUtf16 = false): ContentLine[] {
  const out: ContentLine[] = [];
  let current: { bytes: Uint8Array; line: number } | null = null;
  const flush = () => {
    if (current && current.bytes.length) out.push(parseLine(current.bytes, current.line, fromUtf16));
    current = null;
  };
  // A UTF-8 byte-order mark (Windows Notepad writes one) would become part of the first property's name and hide
  // the first card's BEGIN:VCARD.
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  physicalLines(body).forEach((raw, i) => {
    const isFold = raw.length > 0 && (raw[0] === 32 || raw[0] === 9);
    const cur = current as { bytes: Uint8Array; line: number } | null;
    const softBreak = cur && cur.bytes[cur.bytes.length - 1] === 61 && headOf(cur.bytes).includes('QUOTED-PRINTABLE');
    if (cur && softBreak) cur.bytes = concat(cur.bytes.subarray(0, cur.bytes.length - 1), isFold ? raw.subarray(1) : raw);
    else if (cur && isFold) cur.bytes = concat(cur.bytes, raw.subarray(1));
    else {
      flush();
      current = { bytes: raw, line: i + 1 };
    }
  });
  flush();
  return out;
}

function parseLine(bytes: Uint8Array, line: number, fromUtf16: boolean): ContentLine {
  const colon = bytes.indexOf(58);
  if (colon < 0) return { name: '', params: new Map(), value: LATIN1.decode(bytes), line };
  const [nameWithGroup = '', ...rawParams] = LATIN1.decode(bytes.subarray(0, colon)).split(';');
  const params = new Map<string, string>();
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    const key = (eq < 0 ? p : p.slice(0, eq)).trim().toUpperCase();
    const value = eq < 0 ? '' : p.slice(eq + 1).replace(/^"|"$/g, '');
    if (eq < 0) {
      const slot = ENCODINGS.has(key) ? 'ENCODING' : 'TYPE';
      params.set(slot, params.has(slot) && slot === 'TYPE' ? `${params.get(slot)},${key}` : key);
    } else params.set(key, params.has(key) ? `${params.get(key)},${value}` : value);
  }
  const name = nameWithGroup.slice(nameWithGroup.lastIndexOf('.') + 1).trim().toUpperCase();
  const encoding = (params.get('ENCODING') ?? '').toUpperCase();
  let value = bytes.subarray(colon + 1);
  if (encoding === 'QUOTED-PRINTABLE') value = decodeQuotedPrintable(value);
  if (encoding === 'B' || encoding === 'BASE64') return { name, params, value: '', line }; // photos and keys: dropped unread
  const charset = fromUtf16 && encoding !== 'QUOTED-PRINTABLE' ? undefined : params.get('CHARSET');
  return { name, params, value: decodeText(value, charset), line };
}

function decodeQuotedPrintable(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  const hex = (b: number | undefined) => (b === undefined ? NaN : parseInt(String.fromCharCode(b), 16));
  for (let i = 0; i < bytes.length; i++) {
    const hi = hex(bytes[i + 1]);
    const lo = hex(bytes[i + 2]);
    if (bytes[i] === 61 && !Number.isNaN(hi) && !Number.isNaN(lo)) {
      out.push(hi * 16 + lo);
      i += 2;
    } else out.push(bytes[i]!);
  }
  return Uint8Array.from(out);
}

function decodeText(bytes: Uint8Array, charset: string | undefined): string {
  const cs = (charset ?? '').toLowerCase();
  if (cs && cs !== 'utf-8' && cs !== 'utf8') {
    try {
      return new TextDecoder(cs).decode(bytes);
    } catch {
      return LATIN1.decode(bytes); // an unknown label: Latin-1 keeps every byte
    }
  }
  return utf8OrWindows1252(bytes); // no charset named and not UTF-8: XING's old lines are Latin-1
}
