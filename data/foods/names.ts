/**
 * Food names: English from the source files, other languages from data/foods/names/<lang>.json
 * ({"<food id>": ["name", "plural", ...]}), cleaned, merged and checked for clashes.
 *
 * Clash rule: within one language, a name (after lower-casing and accent folding) may belong to
 * one food only. When two foods list it, the food whose `preferredFor` names it keeps it and the
 * others lose it; without such a claim, generation fails and lists the clash.
 */
import type { Lang } from '../../engine/foods/types';
import { expandName, type FoodSource } from './define';

/** Lower case, accents stripped, spaces collapsed: the key two names clash on. */
export function foldName(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, ' ').trim();
}

/** Clean one name as shipped: lower case, NFC, single spaces, no surrounding punctuation. */
export function cleanName(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const clean = cleanName(name);
    if (clean && !seen.has(clean)) {
      seen.add(clean);
      out.push(clean);
    }
  }
  return out;
}

/** English names of a source entry, shorthand expanded. */
export function englishNames(source: FoodSource): string[] {
  return unique(source.names.flatMap(expandName));
}

export type NameFile = Record<string, string[]>;

/** Check a names file against the known ids; returns its cleaned names or throws. */
export function readNameFile(lang: Lang, file: unknown, ids: ReadonlySet<string>): Map<string, string[]> {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    throw new Error(`data/foods/names/${lang}.json: expected an object {"<food id>": ["name", ...]}`);
  }
  const out = new Map<string, string[]>();
  const unknown: string[] = [];
  for (const [id, names] of Object.entries(file as Record<string, unknown>)) {
    if (!ids.has(id)) {
      unknown.push(id);
      continue;
    }
    if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) {
      throw new Error(`data/foods/names/${lang}.json: "${id}" must be an array of strings`);
    }
    const cleaned = unique(names as string[]);
    if (cleaned.length) out.set(id, cleaned);
  }
  if (unknown.length) {
    throw new Error(`data/foods/names/${lang}.json: unknown food id(s): ${unknown.sort().join(', ')}`);
  }
  return out;
}

/**
 * Resolve clashes in one language by `preferredFor`. `namesById` is changed in place.
 * Throws when a clash has no single preferred food.
 */
export function resolveClashes(
  lang: Lang,
  namesById: Map<string, string[]>,
  preferredFor: Map<string, ReadonlySet<string>>,
): void {
  const owners = new Map<string, string[]>();
  for (const [id, names] of namesById) {
    for (const name of names) {
      const key = foldName(name);
      const list = owners.get(key) ?? [];
      if (!list.includes(id)) list.push(id);
      owners.set(key, list);
    }
  }
  const unresolved: string[] = [];
  for (const [key, ids] of owners) {
    if (ids.length < 2) continue;
    const winners = ids.filter((id) => preferredFor.get(id)?.has(key));
    if (winners.length !== 1) {
      unresolved.push(`"${key}" (${ids.join(', ')})`);
      continue;
    }
    for (const id of ids) {
      if (id === winners[0]) continue;
      namesById.set(id, (namesById.get(id) ?? []).filter((n) => foldName(n) !== key));
    }
  }
  if (unresolved.length) {
    throw new Error(
      `[${lang}] a name belongs to two foods; give it to one (or list it in that food's preferredFor):\n  ` +
        unresolved.join('\n  '),
    );
  }
}

/** Words of a folded name (letters and digits; apostrophes kept inside words). */
function wordsOf(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

/** Languages whose modifiers come before the food word ("minced garlic"); others put them after ("ajo picado"). */
const HEAD_LAST: ReadonlySet<Lang> = new Set<Lang>(['en', 'de', 'nl']);

/**
 * Drop names a longest-match matcher never needs: a name is dropped when a shorter name of the
 * same food ends it (English, German, Dutch: "minced garlic" ends with "garlic") or starts it
 * (Spanish, French, Italian, Portuguese: "ajo picado"), on word boundaries, and no name of any other
 * food lies anywhere inside it ("garlic cloves" is kept: it must outrank "cloves"). Names where the
 * shorter name sits elsewhere ("garbanzo beans") are kept, so a match still covers the food words.
 * The shortest name of every chain stays, and so does each food's first name (the one the UI shows).
 * `namesById` is changed in place; returns how many went.
 */
export function pruneRedundantNames(lang: Lang, namesById: Map<string, string[]>): number {
  const owner = new Map<string, string>();
  for (const [id, names] of namesById) for (const name of names) owner.set(wordsOf(foldName(name)).join(' '), id);
  const headLast = HEAD_LAST.has(lang);
  let dropped = 0;
  for (const [id, names] of namesById) {
    // The first name is what the UI shows: it stays even when a shorter name would match it.
    const kept = names.filter((name, index) => {
      if (index === 0) return true;
      const words = wordsOf(foldName(name));
      let redundant = false;
      for (let start = 0; start < words.length; start++) {
        for (let end = start + 1; end <= words.length; end++) {
          if (start === 0 && end === words.length) continue;
          const other = owner.get(words.slice(start, end).join(' '));
          if (other === undefined) continue;
          if (other !== id) return true;
          if (headLast ? end === words.length : start === 0) redundant = true;
        }
      }
      return !redundant;
    });
    dropped += names.length - kept.length;
    namesById.set(id, kept);
  }
  return dropped;
}
