/** Tips about fermented foods and live cultures. */
import type { Tip } from '../../engine/summary/daily-tip';

export const FERMENTED_TIPS: readonly Tip[] = [
  { id: 'fermented-stanford-diversity', topic: 'fermented', source: 'wastyk-2021', text: 'In a ten-week Stanford study, adults who ate about six servings a day of fermented foods such as yogurt, kefir, kimchi and kombucha ended up with a more diverse gut microbiome.' },
  { id: 'fermented-stanford-inflammation', topic: 'fermented', source: 'wastyk-2021', text: 'The same study found lower levels of many inflammation markers in the blood of the people eating more fermented foods.' },
  { id: 'fermented-build-up-slowly', topic: 'fermented', source: 'wastyk-2021', text: 'Build up fermented foods gradually. In the Stanford study, people increased their servings step by step over the first four weeks.' },
  { id: 'fermented-heat-kills-cultures', topic: 'fermented', source: 'marco-2021', text: 'Cooking, baking and pasteurising kill live cultures, so eat yogurt, sauerkraut and kimchi cold, or add them to the plate rather than the pan.' },
  { id: 'fermented-chilled-aisle', topic: 'fermented', source: 'marco-2021', text: 'Sauerkraut and kimchi sold in cans or on the ambient shelf are usually heat-treated. Look in the chilled aisle for ones with live cultures.' },
  { id: 'fermented-vinegar-pickles', topic: 'fermented', source: 'marco-2021', text: 'Pickles made with vinegar are not fermented by microbes, so look for the words naturally fermented or lacto-fermented on the jar.' },
  { id: 'fermented-sourdough-baked', topic: 'fermented', source: 'marco-2021', text: 'Sourdough is fermented, but baking kills its microbes, so the bread itself brings no live cultures.' },
  { id: 'fermented-plain-yogurt', topic: 'fermented', source: 'marco-2021', text: 'Plain yogurt carries live cultures, and sweetening it yourself with fruit keeps the added sugar down.' },
  { id: 'fermented-kefir-mix', topic: 'fermented', source: 'marco-2021', text: 'Kefir is fermented by a mix of bacteria and yeasts, a wider range of microbes than most yogurts carry.' },
  { id: 'fermented-aged-cheese', topic: 'fermented', source: 'marco-2021', text: 'Aged cheeses such as cheddar, gouda and parmesan are ripened by microbes, and many still carry them when eaten uncooked.' },
  { id: 'fermented-miso-off-boil', topic: 'fermented', source: 'marco-2021', text: 'Heat kills live cultures, so stir miso into soup at the very end, off the boil, or whisk it into a cold dressing where its cultures stay alive.' },
  { id: 'fermented-live-cultures-word', topic: 'fermented', source: 'hill-2014', text: 'Scientists keep the word probiotic for specific strains shown to benefit health. For most fermented foods, live cultures is the fair description.' },
  { id: 'fermented-breakfast', topic: 'fermented', source: 'wastyk-2021', text: 'A spoonful of kimchi or sauerkraut on eggs or toast is an easy way to add a fermented food to breakfast.' },
  { id: 'fermented-cold-dressing', topic: 'fermented', source: 'marco-2021', text: 'Kefir or cultured buttermilk makes a tangy dressing for salads and slaws, and its cultures stay alive because it is never heated.' },
  { id: 'fermented-homemade-sauerkraut', topic: 'fermented', source: 'marco-2021', text: 'Sauerkraut needs only cabbage and salt. Packed tightly in a jar under its own brine, it ferments at room temperature within a few weeks.' },
  { id: 'fermented-tempeh-natto', topic: 'fermented', source: 'marco-2021', text: 'Tempeh and natto are whole soybeans fermented by microbes, so they bring the fiber of the beans as well.' },
  { id: 'fermented-kimchi-fried-rice', topic: 'fermented', source: 'marco-2021', text: 'Kimchi cooked in fried rice loses its live cultures, so add a spoonful of fresh, cold kimchi on top at the table.' },
];
