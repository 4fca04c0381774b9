/** Tips about prebiotic foods: fructans, galacto-oligosaccharides, beta-glucan, resistant starch. */
import type { Tip } from '../../engine/summary/daily-tip';

export const PREBIOTIC_TIPS: readonly Tip[] = [
  { id: 'prebiotic-definition', topic: 'prebiotic', source: 'gibson-2017', text: 'A prebiotic is something gut microbes selectively use in a way that benefits your health, and several fibers in everyday foods fit that description.' },
  { id: 'prebiotic-chicory-root', topic: 'prebiotic', source: 'moshfegh-1999', text: 'Chicory root is the richest common source of inulin, with roughly 35 to 48 g per 100 g.' },
  { id: 'prebiotic-jerusalem-artichoke', topic: 'prebiotic', source: 'moshfegh-1999', text: 'Jerusalem artichokes hold about 16 to 20 g of inulin per 100 g. Roast them as you would potatoes.' },
  { id: 'prebiotic-garlic', topic: 'prebiotic', source: 'moshfegh-1999', text: 'Garlic carries about 9 to 16 g of inulin per 100 g, so cooking with fresh cloves adds a prebiotic to almost any savoury dish.' },
  { id: 'prebiotic-onion-base', topic: 'prebiotic', source: 'moshfegh-1999', text: 'Onions, leeks and shallots are everyday sources of fructans, so a base of softened onion starts many dishes with a prebiotic.' },
  { id: 'prebiotic-wheat-main-source', topic: 'prebiotic', source: 'moshfegh-1999', text: 'In the American diet, wheat supplies most of the inulin people eat, simply because so much wheat is eaten.' },
  { id: 'prebiotic-asparagus', topic: 'prebiotic', source: 'moshfegh-1999', text: 'Asparagus carries a few grams of inulin per 100 g, a good reason to enjoy it while it is in season.' },
  { id: 'prebiotic-dandelion-greens', topic: 'prebiotic', source: 'moshfegh-1999', text: 'Dandelion greens are one of the richer leafy sources of inulin; a few bitter leaves liven up a mixed salad.' },
  { id: 'prebiotic-pulses-gos', topic: 'prebiotic', source: 'gibson-2017', text: 'Beans, lentils and chickpeas contain galacto-oligosaccharides, one of the best-established prebiotic substrates.' },
  { id: 'prebiotic-oats-barley-beta-glucan', topic: 'prebiotic', source: 'makki-2018', text: 'Oats and barley contain beta-glucan, a soluble fiber that gut bacteria ferment.' },
  { id: 'prebiotic-green-banana', topic: 'prebiotic', source: 'birt-2013', text: 'A banana that is still slightly green carries resistant starch, which fades as the fruit ripens and sweetens.' },
  { id: 'prebiotic-cooked-and-cooled', topic: 'prebiotic', source: 'birt-2013', text: 'Potatoes, rice and pasta that are cooked and then cooled form resistant starch, which reaches the large intestine and feeds microbes there.' },
  { id: 'prebiotic-potato-salad', topic: 'prebiotic', source: 'birt-2013', text: 'Potato salad made ahead and kept in the fridge carries more resistant starch than freshly boiled potatoes.' },
  { id: 'prebiotic-green-plantain', topic: 'prebiotic', source: 'birt-2013', text: 'Green plantains, boiled or baked, are a rich source of resistant starch.' },
  { id: 'prebiotic-rye-bread', topic: 'prebiotic', source: 'moshfegh-1999', text: 'Whole-grain rye bread carries fructans as well as fiber, so it feeds gut microbes twice over.' },
  { id: 'prebiotic-with-fermented', topic: 'prebiotic', source: 'gibson-2017', text: 'Pairing a prebiotic food with a fermented one, like banana in kefir, brings live microbes together with something for microbes to eat.' },
  { id: 'prebiotic-barley-soup', topic: 'prebiotic', source: 'makki-2018', text: 'A handful of barley simmered in a soup thickens it and adds beta-glucan at the same time.' },
];
