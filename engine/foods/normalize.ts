/**
 * Text normalisation shared by the matcher and its benchmark floor: lower case, accents folded,
 * with a map back to the original offsets (folding never changes a string's length here, because
 * we fold per UTF-16 code unit and drop nothing).
 */

const COMBINING = /[\u0300-\u036f]/g;
const foldCache = new Map<string, string>();

/** Fold one character: lower case without diacritics; length is always kept at 1 code unit. */
function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    const base = ch.toLowerCase().normalize('NFD').replace(COMBINING, '');
    folded = base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    if (ch === 'ß') folded = 'ß';
    foldCache.set(ch, folded);
  }
  return folded;
}

/** Lower-case and strip accents, keeping every index aligned with the input. */
export function foldText(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}
