/** Tips about drinking enough, especially alongside more fiber. */
import type { Tip } from '../../engine/summary/daily-tip';

export const HYDRATION_TIPS: readonly Tip[] = [
  { id: 'hydration-efsa-amounts', topic: 'hydration', source: 'efsa-2010-water', text: 'EFSA sets an adequate total water intake of 2.0 litres a day for women and 2.5 litres for men, counting water from food as well as drinks.' },
  { id: 'hydration-food-fifth', topic: 'hydration', source: 'efsa-2010-water', text: 'About a fifth of the water people take in usually comes from food, such as soups, fruit and vegetables.' },
  { id: 'hydration-with-fiber', topic: 'hydration', source: 'efsa-2010-fibre', text: 'Fiber keeps stools soft by holding water, so drink a little more as you add fiber to your meals.' },
  { id: 'hydration-heat-activity', topic: 'hydration', source: 'efsa-2010-water', text: 'You need more water in hot weather and when you are active, so drink beyond your usual amount on those days.' },
  { id: 'hydration-unsweetened', topic: 'hydration', source: 'who-2015-sugars', text: 'Water, sparkling water and unsweetened tea quench thirst without the free sugars of soft drinks and juice.' },
  { id: 'hydration-flavoured-water', topic: 'hydration', source: 'efsa-2010-water', text: 'Water with cucumber slices, mint or a squeeze of citrus makes plain water more inviting.' },
  { id: 'hydration-watery-produce', topic: 'hydration', source: 'usda-sr28', text: 'Cucumbers, tomatoes, melon and oranges are mostly water, so they count toward hydration as well as toward your plants.' },
  { id: 'hydration-soup', topic: 'hydration', source: 'usda-sr28', text: 'A bowl of lentil or vegetable soup brings fluid and fiber together.' },
  { id: 'hydration-glass-at-meals', topic: 'hydration', source: 'efsa-2010-fibre', text: 'Keep a glass of water on the table at meals, especially meals rich in beans, bran or whole grains.' },
];
