/**
 * Saved HTML bytes → a linkedom Document the page engine can read. Decoding is lenient: bytes
 * that are valid UTF-8 are read as UTF-8 (many saved pages declare one charset and carry
 * another); otherwise a BOM or `<meta charset>` is honoured when TextDecoder knows it; invalid
 * sequences become U+FFFD, never an exception.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { DomDocument } from '../../engine/page/types';

/** Pages larger than this are refused with a clear error rather than parsed. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

function declaredCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

export function decodeHtml(bytes: Uint8Array): string {
  const declared = declaredCharset(bytes);
  if (declared === 'utf-16le' || declared === 'utf-16be') {
    return new TextDecoder(declared).decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not valid UTF-8: fall through
  }
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // unknown label: lenient UTF-8 below
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

export function parseHtmlText(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

/** Read and parse one saved page. Throws an Error with a readable message when it cannot. */
export function loadPage(file: string): { doc: DomDocument; parseMs: number; html: string } {
  const size = statSync(file).size;
  if (size > MAX_PAGE_BYTES) throw new Error(`page too large: ${size} bytes (limit ${MAX_PAGE_BYTES})`);
  const bytes = readFileSync(file);
  const html = decodeHtml(bytes);
  const t0 = performance.now();
  const doc = parseHtmlText(html);
  return { doc, parseMs: performance.now() - t0, html };
}
