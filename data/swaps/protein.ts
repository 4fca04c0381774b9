/** Swaps for meat, tofu and other protein foods: part or all of it for pulses or fermented soy. */
import type { Swap } from '../../engine/summary/swaps';

export const PROTEIN_SWAPS: readonly Swap[] = [
  {
    id: 'ground-beef-to-lentils',
    from: 'ground-beef',
    to: 'lentil',
    reason: 'Replacing half the minced beef in a sauce or chili with lentils keeps the texture and adds fiber and prebiotic galacto-oligosaccharides.',
    source: 'gibson-2017',
  },
  {
    id: 'ground-beef-to-black-beans',
    from: 'ground-beef',
    to: ['black-bean', 'kidney-bean'],
    reason: 'Black or kidney beans stretch a taco or chili filling with pulse fiber that meat does not have.',
    source: 'gibson-2017',
  },
  {
    id: 'chicken-curry-to-chickpeas',
    from: 'chicken',
    to: 'chickpea',
    reason: 'Chickpeas soak up a curry sauce just as chicken does and bring fiber and galacto-oligosaccharides.',
    source: 'gibson-2017',
  },
  {
    id: 'tuna-salad-to-white-beans',
    from: 'tuna',
    to: 'cannellini-bean',
    reason: 'White beans dressed with lemon and herbs make a filling salad or sandwich mix in place of tuna, with pulse fiber.',
    source: 'gibson-2017',
  },
  {
    id: 'tofu-to-tempeh',
    from: 'tofu',
    to: 'tempeh',
    reason: 'Tempeh is whole soybeans fermented into a firm cake, so it keeps more of the bean than tofu does.',
    source: 'marco-2021',
  },
  {
    id: 'bacon-bits-to-sunflower-seeds',
    from: 'bacon',
    to: 'sunflower-seed',
    reason: 'Toasted sunflower seeds give a salty crunch on salads and soups in place of bacon bits, with fiber.',
    source: 'usda-sr28',
  },
  {
    id: 'sausage-to-white-beans',
    from: 'sausage',
    to: 'cannellini-bean',
    reason: 'In a stew or a pasta sauce, white beans can take over from part of the sausage and add pulse fiber.',
    source: 'gibson-2017',
  },
  {
    id: 'ground-meat-to-split-peas',
    from: 'ground-beef',
    to: 'split-pea',
    reason: 'Split peas simmered into a thick soup make a filling main with fiber and galacto-oligosaccharides instead of meat.',
    source: 'gibson-2017',
  },
  {
    id: 'heavy-cream-soup-to-white-beans',
    from: 'heavy-cream',
    to: 'cannellini-bean',
    reason: 'White beans blended into a soup make it creamy without cream and add fiber and prebiotic galacto-oligosaccharides.',
    source: 'gibson-2017',
  },
  {
    id: 'ham-sandwich-to-hummus',
    from: 'ham',
    to: 'hummus',
    reason: 'A thick layer of hummus in a sandwich or wrap brings chickpea fiber and prebiotics in place of ham.',
    source: 'gibson-2017',
  },
  {
    id: 'chicken-nuggets-to-falafel',
    from: 'chicken-nuggets',
    to: 'falafel',
    reason: 'Baked falafel are bite-sized and crisp like nuggets and are made from chickpeas or fava beans, with their fiber.',
    source: 'gibson-2017',
  },
];
