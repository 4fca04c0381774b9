/** Tips for the kitchen: ways to cook in fiber, prebiotics and live cultures. */
import type { Tip } from '../../engine/summary/daily-tip';

export const COOKING_TIPS: readonly Tip[] = [
  { id: 'cooking-batch-pulses', topic: 'cooking', source: 'usda-sr28', text: 'Cook a big pot of beans or lentils at the weekend and freeze it in portions, ready for quick fiber-rich meals.' },
  { id: 'cooking-rice-a-day-ahead', topic: 'cooking', source: 'birt-2013', text: 'For fried rice, cook the rice a day ahead, cool it quickly and keep it in the fridge; cooling forms resistant starch.' },
  { id: 'cooking-pasta-salad', topic: 'cooking', source: 'birt-2013', text: 'A pasta or grain salad made the night before is ready for lunch and carries resistant starch formed as it cooled.' },
  { id: 'cooking-beans-in-sauce', topic: 'cooking', source: 'usda-sr28', text: 'Blend a can of white beans into a tomato sauce or soup to make it creamy and add fiber without changing the flavour much.' },
  { id: 'cooking-oats-as-binder', topic: 'cooking', source: 'makki-2018', text: 'Use rolled oats instead of breadcrumbs to bind burgers, meatballs and veggie patties.' },
  { id: 'cooking-roast-chickpeas', topic: 'cooking', source: 'usda-sr28', text: 'Drain, dry and roast chickpeas in a hot oven with a little oil and spice until crisp, for a crunchy snack or salad topping.' },
  { id: 'cooking-half-whole-wheat', topic: 'cooking', source: 'aune-2016', text: 'In most cakes, muffins and pancakes you can swap a third to a half of the white flour for whole-wheat flour without anyone noticing.' },
  { id: 'cooking-keep-skins', topic: 'cooking', source: 'usda-sr28', text: 'Scrub potatoes, carrots and parsnips instead of peeling them to keep the fiber in and under the skin.' },
  { id: 'cooking-red-lentils-quick', topic: 'cooking', source: 'usda-sr28', text: 'Red lentils need no soaking and turn soft in about 20 minutes, the quickest pulse for a weeknight soup or dal.' },
  { id: 'cooking-ferments-last', topic: 'cooking', source: 'marco-2021', text: 'Add fermented foods such as yogurt, kimchi or sauerkraut after cooking, as a topping or a side, so their cultures stay alive.' },
  { id: 'cooking-overnight-oats', topic: 'cooking', source: 'makki-2018', text: 'Overnight oats need no cooking: soak rolled oats in milk, kefir or yogurt in the fridge and breakfast is ready in the morning.' },
  { id: 'cooking-grate-vegetables', topic: 'cooking', source: 'mcdonald-2018', text: 'Grate carrot, courgette or mushrooms into a pasta sauce or a chili to add several plants without changing the dish much.' },
  { id: 'cooking-seeds-in-dough', topic: 'cooking', source: 'usda-sr28', text: 'Knead a handful of seeds or oats into bread or pizza dough for extra fiber and crunch.' },
  { id: 'cooking-onion-garlic-base', topic: 'cooking', source: 'moshfegh-1999', text: 'Start soups, stews and sauces with fresh onion, leek and garlic, all sources of prebiotic fructans.' },
  { id: 'cooking-barley-risotto', topic: 'cooking', source: 'makki-2018', text: 'Pearl barley makes a creamy risotto with a pleasant chew and brings its beta-glucan to the dish.' },
  { id: 'cooking-yogurt-sauce-cold', topic: 'cooking', source: 'marco-2021', text: 'Serve curries and grilled dishes with a cold yogurt sauce on the side rather than stirring the yogurt into the hot pan.' },
  { id: 'cooking-dried-fruit-baking', topic: 'cooking', source: 'usda-sr28', text: 'Chopped dates, prunes or dried apricots can replace part of the sugar in cakes and bars while adding fiber.' },
  { id: 'cooking-miso-dressing', topic: 'cooking', source: 'marco-2021', text: 'Whisk miso with lemon juice and a little oil for a salad dressing that keeps its cultures alive.' },
];
