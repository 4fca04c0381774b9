/**
 * How many servings a recipe's yield states: "4 servings", "Serves 4-6", "Makes 12 muffins",
 * "4 Portionen", "6 personnes", "4 porciones", 4. Yields that are an amount of food rather than a
 * number of portions ("4 cups", "1 loaf", "2 layers") give undefined.
 */
import { normalizeDigits, readAmount } from '../amounts/numbers';
import { readUnit } from '../amounts/unit-reader';
import { isMassUnit, isVolumeUnit, isPackageUnit } from '../amounts/units';

/** Yields that are a whole dish to be cut, or a volume: not a number of servings. */
const NOT_PORTIONS =
  /^(?:loaf|loaves|layers?|cakes?|pies?|pans?|batch(?:es)?|tarts?|dish(?:es)?|trays?|rings?|quiches?|brood|broden|brot|brote|pain|pains|pan|pastel|torta|tortas|taart|taarten|kuchen|gâteau|gâteaux|bolo|bolos)(?![\p{L}])/iu;
const DOZEN = /^(?:dozen|dutzend|douzaines?|docenas?|dozzin[ae]|dúzias?)(?![\p{L}])/iu;
const MAX_SERVINGS = 200;

export function parseServings(yields: string | number | null | undefined): number | undefined {
  if (typeof yields === 'number') return Number.isFinite(yields) && yields > 0 && yields <= MAX_SERVINGS ? yields : undefined;
  if (typeof yields !== 'string') return undefined;
  const text = normalizeDigits(yields);
  const first = /[\d½⅓⅔¼¾]/.exec(text);
  if (!first) return undefined;
  const n = readAmount(text, first.index);
  if (!n) return undefined;
  let count = (n.min + n.max) / 2;
  const rest = text.slice(n.end).replace(/^[\s(]+/, '');
  if (DOZEN.test(rest)) count *= 12;
  else if (NOT_PORTIONS.test(rest)) return undefined;
  else {
    const unit = readUnit(rest, 0);
    if (unit && (isMassUnit(unit.unit) || isVolumeUnit(unit.unit) || isPackageUnit(unit.unit))) return undefined;
  }
  return count > 0 && count <= MAX_SERVINGS ? count : undefined;
}
