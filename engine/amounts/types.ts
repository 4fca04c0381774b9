/**
 * What the amount parser reads from an ingredient line: a number (or range), a canonical unit,
 * and where they sit in the line.
 */

export type MassUnit = 'mg' | 'g' | 'dag' | 'kg' | 'oz' | 'lb';
export type VolumeUnit =
  | 'ml'
  | 'cl'
  | 'dl'
  | 'l'
  | 'cup'
  | 'tbsp'
  | 'tsp'
  | 'fl-oz'
  | 'pint'
  | 'quart'
  | 'gallon'
  | 'glass'
  | 'pinch'
  | 'dash';
/** Count-like units: a thing whose weight depends on the food. Sizes count as pieces ("1 large onion"). */
export type PieceUnit =
  | 'piece'
  | 'small'
  | 'medium'
  | 'large'
  | 'clove'
  | 'slice'
  | 'handful'
  | 'bunch'
  | 'stick'
  | 'head'
  | 'sprig'
  | 'stalk'
  | 'leaf'
  | 'ear'
  | 'fillet'
  | 'sheet'
  | 'strip'
  | 'scoop';
/** Containers: their weight is the size printed on them ("1 (15-oz) can"). */
export type PackageUnit = 'can' | 'package' | 'jar' | 'bag' | 'bottle';

export type Unit = MassUnit | VolumeUnit | PieceUnit | PackageUnit;
export type UnitKind = 'mass' | 'volume' | 'piece' | 'package';

/** An amount in a unit, e.g. the 15 oz of "2 (15-oz) cans" or the 120 g of "1 cup (120 g)". */
export interface Measure {
  amount: number;
  unit: MassUnit | VolumeUnit;
}

export interface Quantity {
  /** The number; a range gives its midpoint. Null when the line states no amount. */
  amount: number | null;
  /** Lower and upper end of a range ("1-2 tbsp"); both equal `amount` for a single number. */
  min: number | null;
  max: number | null;
  /** Canonical unit, or null for a bare count ("2 onions") or no amount at all. */
  unit: Unit | null;
  /** Size of each container or piece when the line states it: "2 (15-oz) cans" → 15 oz each. */
  each?: Measure;
  /** A mass or volume given beside the main amount: "1 cup (120 g) flour" → 120 g. */
  alt?: Measure;
  /** UTF-16 offsets of the quantity text in the line (number through unit); 0/0 when none. */
  start: number;
  end: number;
}
