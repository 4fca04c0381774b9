/** Which of our other languages a page may be in, from its `lang` attribute. */
import { LANGS, type Lang } from '../../engine/foods/types';

const OTHERS: readonly Lang[] = LANGS.filter((l) => l !== 'en');

/** `de-AT` → [de]; `en-GB` or a language we do not ship → []; no attribute → all of them. */
export function pageLanguages(lang: string | null | undefined): Lang[] {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return [...OTHERS];
  return OTHERS.includes(primary as Lang) ? [primary as Lang] : [];
}
