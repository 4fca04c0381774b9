/** Tips about sleep and daily rhythm. */
import type { Tip } from '../../engine/summary/daily-tip';

export const SLEEP_TIPS: readonly Tip[] = [
  { id: 'sleep-seven-hours', topic: 'sleep', source: 'watson-2015', text: 'Adults should regularly sleep at least seven hours a night, according to a joint statement of the two leading US sleep societies.' },
  { id: 'sleep-short-sleep-risks', topic: 'sleep', source: 'watson-2015', text: 'Regularly sleeping less than seven hours is linked with weight gain, high blood pressure, diabetes and low mood.' },
  { id: 'sleep-more-when-needed', topic: 'sleep', source: 'watson-2015', text: 'More than nine hours can be right for young adults, for anyone paying back lost sleep and for people who are unwell.' },
  { id: 'sleep-diversity-study', topic: 'sleep', source: 'smith-2019', text: 'In a small study, people with a more diverse gut microbiome slept more efficiently and for longer.' },
  { id: 'sleep-gut-sleep-diet-linked', topic: 'sleep', source: 'smith-2019', text: 'Sleep, diet and gut microbes influence one another, so a good night is part of looking after your gut.' },
  { id: 'sleep-microbe-rhythm', topic: 'sleep', source: 'thaiss-2014', text: 'Gut microbes follow a daily rhythm, and in studies of mice and of jet-lagged travellers that rhythm was upset when sleep and meal times shifted.' },
  { id: 'sleep-regular-times', topic: 'sleep', source: 'thaiss-2014', text: 'Keeping meals and bedtime at roughly the same times each day supports the daily rhythm your gut microbes follow.' },
  { id: 'sleep-fiber-deep-sleep', topic: 'sleep', source: 'st-onge-2016', text: 'In a small study, days with more fiber went with more time in deep, slow-wave sleep, and days high in sugar with more waking in the night.' },
];
