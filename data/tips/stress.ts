/** Tips about stress and the gut–brain axis. */
import type { Tip } from '../../engine/summary/daily-tip';

export const STRESS_TIPS: readonly Tip[] = [
  { id: 'stress-two-way-line', topic: 'stress', source: 'cryan-2019', text: 'Your gut and brain talk in both directions, through nerves, hormones and immune signals, which is one reason stress can be felt in the stomach.' },
  { id: 'stress-microbes-respond', topic: 'stress', source: 'foster-2017', text: 'Studies in animals show that stress can change the make-up of gut microbes, and that the microbes in turn shape the stress response.' },
  { id: 'stress-stomach-trouble', topic: 'stress', source: 'foster-2017', text: 'Stress hormones act on the gut lining and its microbes, which helps explain why stressful weeks often show up as stomach trouble.' },
  { id: 'stress-diet-everyday-lever', topic: 'stress', source: 'cryan-2019', text: 'Diet is one of the strongest everyday influences on the gut microbes that take part in the conversation between gut and brain.' },
  { id: 'stress-research-young', topic: 'stress', source: 'cryan-2019', text: 'Much of the gut–brain research comes from animals. Eat well for your gut, but do not expect food alone to fix stress.' },
  { id: 'stress-activity-mood', topic: 'stress', source: 'who-2020-activity', text: 'Regular physical activity reduces symptoms of anxiety and depression, according to the WHO.' },
  { id: 'stress-brisk-walk', topic: 'stress', source: 'who-2020-activity', text: 'A brisk walk after a stressful day counts toward your weekly activity, and regular activity goes with fewer symptoms of anxiety.' },
  { id: 'stress-protect-sleep', topic: 'stress', source: 'watson-2015', text: 'Short sleep is linked with low mood, so protecting seven hours of sleep is part of getting through a busy week.' },
];
