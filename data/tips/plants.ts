/** Tips about plant variety: the 30-plants-a-week goal and ways to reach it. */
import type { Tip } from '../../engine/summary/daily-tip';

export const PLANT_TIPS: readonly Tip[] = [
  { id: 'plants-thirty-a-week', topic: 'plants', source: 'mcdonald-2018', text: 'In the American Gut Project, people who ate more than 30 different plants a week had more diverse gut microbes than people who ate 10 or fewer.' },
  { id: 'plants-herbs-quarter', topic: 'plants', source: 'mcdonald-2018', text: 'Herbs and spices count toward your weekly plants too; Gut Lens counts each as a quarter, since they are eaten in small amounts.' },
  { id: 'plants-varieties-once', topic: 'plants', source: 'mcdonald-2018', text: 'Red and yellow onions count as one plant, but adding a leek or a shallot brings a new one.' },
  { id: 'plants-mixed-bags', topic: 'plants', source: 'mcdonald-2018', text: 'A bag of mixed nuts, a three-bean salad or a mixed-grain pack can add several plants to your week in one go.' },
  { id: 'plants-frozen-mixes', topic: 'plants', source: 'mcdonald-2018', text: 'Frozen mixed vegetables and mixed berries keep for months and add several plants to a meal with no chopping.' },
  { id: 'plants-seed-sprinkle', topic: 'plants', source: 'mcdonald-2018', text: 'A spoonful of mixed pumpkin, sunflower, sesame and flax seeds adds four plants to a salad or a bowl of porridge.' },
  { id: 'plants-new-vegetable', topic: 'plants', source: 'mcdonald-2018', text: 'Each time you shop, pick one vegetable or fruit you have not eaten this month.' },
  { id: 'plants-who-400-grams', topic: 'plants', source: 'who-healthy-diet', text: 'The WHO recommends at least 400 g of fruit and vegetables a day, about five portions, not counting potatoes and other starchy roots.' },
  { id: 'plants-mediterranean-older-adults', topic: 'plants', source: 'ghosh-2020', text: 'In a year-long European study, older adults who moved toward a Mediterranean-style diet of vegetables, pulses, nuts and whole grains gained gut microbes linked with healthier ageing.' },
  { id: 'plants-rural-children', topic: 'plants', source: 'de-filippo-2010', text: 'Children in rural Burkina Faso, eating a diet rich in plants and fiber, had more diverse gut bacteria than children in Italy.' },
  { id: 'plants-lost-microbes', topic: 'plants', source: 'sonnenburg-2016-extinctions', text: 'In mice, gut microbes lost on a low-fiber diet did not all come back when fiber returned, and the losses added up over generations.' },
  { id: 'plants-microbes-shift-fast', topic: 'plants', source: 'david-2014', text: 'What you eat can shift your gut microbes within days, as a study switching people between plant-based and animal-based diets showed.' },
  { id: 'plants-variety-diversity', topic: 'plants', source: 'valdes-2018', text: 'Diets rich in a variety of plant foods go with a more diverse gut microbiota, which researchers link with better health.' },
  { id: 'plants-rotate-beans', topic: 'plants', source: 'mcdonald-2018', text: 'Buy a different kind of bean or lentil each week instead of the usual one to keep your plant count climbing.' },
  { id: 'plants-fermented-vegetables-count', topic: 'plants', source: 'mcdonald-2018', text: 'Sauerkraut, kimchi and other fermented vegetables count toward your plants as well as bringing live cultures.' },
  { id: 'plants-fresh-herbs', topic: 'plants', source: 'mcdonald-2018', text: 'A handful of fresh parsley, coriander or mint in a salad adds plants to your week and flavour without extra salt.' },
  { id: 'plants-nut-jar', topic: 'plants', source: 'mcdonald-2018', text: 'Keep a jar of mixed nuts at hand. Each kind of nut counts as a separate plant.' },
  { id: 'plants-rotate-grains', topic: 'plants', source: 'mcdonald-2018', text: 'Rotating grains such as oats, barley, rye, buckwheat and quinoa adds plants that a rice-and-wheat routine misses.' },
  { id: 'plants-soup-odds-and-ends', topic: 'plants', source: 'mcdonald-2018', text: 'A vegetable soup is a good home for odds and ends from the fridge, and each vegetable adds to your weekly plant count.' },
];
