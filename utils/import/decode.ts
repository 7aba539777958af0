// Bytes to text for the exports. LinkedIn writes UTF-8; a file the user re-saved in Excel may be Windows-1252
// ("CSV (comma delimited)") or UTF-16 ("Unicode text", with a byte-order mark; other programs write none), and a
// vCard saved by Outlook or Notepad as "Unicode" is UTF-16 too. Read the first way as UTF-8, the bytes that are
// not UTF-8 would become U+FFFD and garble every umlaut for good (and the name keys with them).

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const LATIN1 = new TextDecoder('windows-1252');
// Windows-1252's letters and marks at 0x80-0x9F (Š, Ž, €, „ “, –), as the WHATWG table has them; its five unused
// bytes stay C1 controls. Node 20's 'windows-1252' decoder gives C1 controls for all of 0x80-0x9F (Latin-1),
// browsers give these: mapping the controls makes both read a file alike.
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** A CSV file's text, its byte-order mark dropped: UTF-16 when utf16Of says so, else UTF-8 or Windows-1252. Pure. */
export function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16Of(bytes);
  return (utf16 ? new TextDecoder(utf16).decode(bytes) : utf8OrWindows1252(bytes)).replace(/^\uFEFF/, '');
}

/** How many bytes of a file without a byte-order mark utf16Of looks at. */
const UTF16_HEAD = 512;

/**
 * 'utf-16le' or 'utf-16be' when the bytes are UTF-16 text, else null. A byte-order mark says so; without one (a
 * program that writes none) the head decides: the exports are mostly Latin text (headers, vCard properties),
 * whose UTF-16 has a zero byte in nearly every pair, on the same side, while UTF-8 and Windows-1252 text has no
 * zero byte at all. A CJK letter may put a zero on the other side (U+4E00 is 00 4E), so that side may have a few. Pure.
 */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(bytes.length, UTF16_HEAD) >> 1;
  if (pairs < 2) return null;
  let high = 0; // zero bytes first in their pair (big-endian Latin text)
  let low = 0; // zero bytes second in their pair (little-endian Latin text)
  for (let i = 0; i < 2 * pairs; i += 2) {
    if (bytes[i] === 0) high++;
    if (bytes[i + 1] === 0) low++;
  }
  if (2 * low >= pairs && low > 4 * high) return 'utf-16le';
  if (2 * high >= pairs && high > 4 * low) return 'utf-16be';
  return null;
}

/**
 * A file saved as UTF-16 as the UTF-8 bytes of its text (its mark dropped), so that readers of bytes (the vCard
 * reader, which decodes each value by its own charset) see the file they know; other bytes as they are. Pure.
 */
export function asUtf8(bytes: Uint8Array): { bytes: Uint8Array; fromUtf16: boolean } {
  const utf16 = utf16Of(bytes);
  return utf16 ? { bytes: new TextEncoder().encode(new TextDecoder(utf16).decode(bytes)), fromUtf16: true } : { bytes, fromUtf16: false };
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252, which reads every byte. Pure. */
export function utf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

/** Windows-1252 text of the bytes, alike in Node and browsers (see CP1252_80_9F). Pure. */
export const windows1252 = (bytes: Uint8Array): string =>
  LATIN1.decode(bytes).replace(/[\u0080-\u009F]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);
