/** Tips about physical activity. */
import type { Tip } from '../../engine/summary/daily-tip';

export const MOVEMENT_TIPS: readonly Tip[] = [
  { id: 'movement-weekly-minutes', topic: 'movement', source: 'who-2020-activity', text: 'The WHO advises adults to get 150 to 300 minutes of moderate activity, or 75 to 150 minutes of vigorous activity, each week.' },
  { id: 'movement-strength-twice', topic: 'movement', source: 'who-2020-activity', text: 'The WHO also advises muscle-strengthening activities, such as lifting, carrying or climbing, on two or more days a week.' },
  { id: 'movement-every-move-counts', topic: 'movement', source: 'who-2020-activity', text: 'Every bit of movement counts: replacing sitting time with activity of any intensity, even light, brings health benefits.' },
  { id: 'movement-rugby-diversity', topic: 'movement', source: 'clarke-2014', text: 'Elite rugby players in an Irish study had more diverse gut microbes than less active men, a difference linked both to their exercise and to their diet.' },
  { id: 'movement-endurance-study', topic: 'movement', source: 'allen-2018', text: 'In a six-week study, endurance exercise raised the amount of short-chain fatty acids made by gut bacteria in lean adults.' },
  { id: 'movement-keep-it-up', topic: 'movement', source: 'allen-2018', text: 'The gut changes seen with exercise in that study faded once people stopped training, so regular activity matters more than occasional bursts.' },
  { id: 'movement-walk-after-meals', topic: 'movement', source: 'who-2020-activity', text: 'A short walk after a meal is an easy way to add to your weekly minutes of activity.' },
  { id: 'movement-older-balance', topic: 'movement', source: 'who-2020-activity', text: 'Adults over 65 benefit from activities that train balance and strength on three or more days a week, which helps prevent falls.' },
  { id: 'movement-children-hour', topic: 'movement', source: 'who-2020-activity', text: 'Children and teenagers should average 60 minutes of moderate to vigorous activity a day, according to the WHO.' },
  { id: 'movement-active-commute', topic: 'movement', source: 'who-2020-activity', text: 'Walking or cycling for part of your daily journey builds activity into the day without setting aside extra time.' },
];
