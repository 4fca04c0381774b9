/**
 * Text that was UTF-8 read as Latin-1 somewhere upstream ("1Â¼ cups", "crÃ¨me"): the page's
 * server or plugin garbled it, not the reader. Repaired only when the whole string re-encodes to
 * Latin-1 bytes that are valid UTF-8 — a string that merely contains "Â" or "Ã" is left alone.
 */

/** A lead byte of a two-byte UTF-8 sequence shown as Latin-1, then a continuation byte. */
const MOJIBAKE = /[\u00c2-\u00df][\u0080-\u00bf]/;

/** Made on first need: a decoder made as the content script loads is paid for on every page. */
let strictUtf8: TextDecoder | undefined;

export function repairMojibake(text: string): string {
  if (!MOJIBAKE.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return text;
    bytes[i] = code;
  }
  try {
    return (strictUtf8 ??= new TextDecoder('utf-8', { fatal: true })).decode(bytes);
  } catch {
    return text;
  }
}
