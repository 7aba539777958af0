// Bytes to text for the CSV exports. LinkedIn writes UTF-8; a file the user re-saved in Excel may be Windows-1252
// ("CSV (comma delimited)") or UTF-16 with a byte-order mark ("Unicode text"). Read the first way as UTF-8, the
// bytes that are not UTF-8 would become U+FFFD and garble every umlaut for good (and the name keys with them).

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const LATIN1 = new TextDecoder('windows-1252');
// Windows-1252's letters and marks at 0x80-0x9F (Š, Ž, €, „ “, –), as the WHATWG table has them; its five unused
// bytes stay C1 controls. Node 20's 'windows-1252' decoder gives C1 controls for all of 0x80-0x9F (Latin-1),
// browsers give these: mapping the controls makes both read a file alike.
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** A CSV file's text, its byte-order mark dropped: UTF-16 when a mark says so, else UTF-8 or Windows-1252. Pure. */
export function decodeText(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  return (utf16 ? new TextDecoder(utf16).decode(bytes) : utf8OrWindows1252(bytes)).replace(/^\uFEFF/, '');
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
