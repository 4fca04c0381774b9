/** Swaps for drinks: sugary or juiced out, fermented or whole fruit in. */
import type { Swap } from '../../engine/summary/swaps';

export const DRINK_SWAPS: readonly Swap[] = [
  {
    id: 'soda-to-kombucha-or-water-kefir',
    from: 'soda',
    to: ['kombucha', 'water-kefir'],
    reason: 'Kombucha and water kefir are fizzy like soda but fermented, and unpasteurised bottles carry live microbes.',
    source: 'marco-2021',
  },
  {
    id: 'lemonade-to-water-kefir',
    from: 'lemonade',
    to: 'water-kefir',
    reason: 'Water kefir with a squeeze of lemon is a lightly sweet, sparkling drink fermented by a mix of bacteria and yeasts.',
    source: 'marco-2021',
  },
  {
    id: 'orange-juice-to-orange',
    from: 'orange-juice',
    to: 'orange',
    reason: 'A whole orange keeps the pulp and membranes that juicing throws away, so you get the fruit fiber with the sugars.',
    source: 'who-2015-sugars',
  },
  {
    id: 'apple-juice-to-apple',
    from: 'apple-juice',
    to: ['apple', 'pear'],
    reason: 'Eating an apple or a pear instead of drinking its juice keeps the fiber and slows down how fast its sugars arrive.',
    source: 'who-2015-sugars',
  },
  {
    id: 'fruit-juice-to-kiwi',
    from: 'fruit-juice',
    to: 'kiwi',
    reason: 'A couple of kiwis give a sweet-tart fruit hit with fiber, where a glass of juice has almost none.',
    source: 'who-2015-sugars',
  },
  {
    id: 'chocolate-milk-to-kefir',
    from: 'chocolate-milk',
    to: 'kefir',
    reason: 'Kefir blended with a spoon of unsweetened cocoa and a banana makes a chocolate drink with live cultures.',
    source: 'marco-2021',
  },
  {
    id: 'milk-to-buttermilk-cold',
    from: 'milk',
    to: 'buttermilk',
    reason: 'Cold cultured buttermilk is a traditional drink in many kitchens, and unlike plain milk it carries live cultures.',
    source: 'marco-2021',
  },
  {
    id: 'fruit-juice-to-whole-fruit',
    from: 'fruit-juice',
    to: ['orange', 'apple', 'pear'],
    reason: 'Whole fruit gives you the fiber that juicing leaves behind, and free sugars from juice are the kind the WHO advises limiting.',
    source: 'who-2015-sugars',
  },
  {
    id: 'smoothie-juice-base-to-kefir',
    from: 'orange-juice',
    to: 'kefir',
    reason: 'Using kefir rather than juice as the base of a smoothie cuts the free sugar and adds live cultures.',
    source: 'marco-2021',
  },
];
