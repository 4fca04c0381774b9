/**
 * The words, per language, that trigger a food's context rules (see ContextRule in types.ts and
 * gut-foods.md). Data only: the matcher folds them (lower case, no accents) and matches them as
 * whole words, hyphens and spaces alike, so "lacto-fermented" and "lacto fermented" are one entry.
 *
 * `ignore` lists phrases that contain a trigger word without meaning it ("cold water" is not
 * cooled rice); a longer phrase always wins over a shorter one inside it.
 */
import type { ContextRule, Lang } from './types';

export interface ContextWords {
  triggers: Record<Lang, readonly string[]>;
  ignore?: Partial<Record<Lang, readonly string[]>>;
}

export const CONTEXT_WORDS: Record<ContextRule, ContextWords> = {
  'resistant-starch-when-cooled': {
    triggers: {
      en: [
        'cooked and cooled', 'cooled', 'cold', 'chilled', 'leftover', 'leftovers', 'left over', 'left-over',
        'day-old', 'day old', 'refrigerated overnight', 'rinsed in cold water', 'rinse in cold water',
        'rinsed under cold water', 'rinse under cold water', 'rinsed with cold water', 'cooked the day before',
        'from the day before', 'previously cooked and cooled',
      ],
      es: ['frio', 'fria', 'frios', 'frias', 'enfriado', 'enfriada', 'enfriados', 'enfriadas', 'sobrante', 'sobrantes', 'del dia anterior', 'refrigerado', 'refrigerada'],
      fr: ['refroidi', 'refroidie', 'refroidis', 'refroidies', 'froid', 'froide', 'froids', 'froides', 'reste de', 'restes de', 'de la veille'],
      de: ['abgekuhlt', 'abgekuhlte', 'abgekuhlten', 'abgekuhltem', 'abgekuhlter', 'kalt', 'kalte', 'kalten', 'kalter', 'kaltem', 'vom vortag', 'ubrig', 'ubrige', 'ubrigen', 'ubriggebliebene', 'ubriggebliebenen', 'reste'],
      it: ['raffreddato', 'raffreddata', 'raffreddati', 'raffreddate', 'freddo', 'fredda', 'freddi', 'fredde', 'avanzato', 'avanzata', 'avanzati', 'avanzate', 'del giorno prima'],
      nl: ['afgekoeld', 'afgekoelde', 'koud', 'koude', 'overgebleven', 'restje', 'restjes', 'van de dag ervoor', 'van gisteren'],
      pt: ['frio', 'fria', 'frios', 'frias', 'arrefecido', 'arrefecida', 'arrefecidos', 'arrefecidas', 'resfriado', 'resfriada', 'resfriados', 'resfriadas', 'que sobrou', 'sobras de', 'do dia anterior'],
    },
    ignore: {
      en: ['cold water', 'cold butter', 'cold milk', 'cold cream', 'ice cold', 'ice-cold', 'cold brew', 'cold-pressed', 'cold pressed', 'cold smoked'],
      es: ['agua fria', 'leche fria', 'mantequilla fria', 'prensado en frio'],
      fr: ['eau froide', 'lait froid', 'beurre froid', 'pressee a froid', 'presse a froid'],
      de: ['kaltes wasser', 'kaltem wasser', 'kalte milch', 'kalte butter', 'kaltgepresst', 'kalt gepresst'],
      it: ['acqua fredda', 'latte freddo', 'burro freddo', 'spremuto a freddo'],
      nl: ['koud water', 'koude melk', 'koude boter', 'koudgeperst', 'koud geperst'],
      pt: ['agua fria', 'leite frio', 'manteiga fria', 'prensado a frio'],
    },
  },
  'live-only-when-fermented': {
    triggers: {
      en: ['fermented', 'lacto-fermented', 'naturally fermented', 'live cultures', 'live and active cultures', 'active cultures', 'probiotic', 'unpasteurised', 'unpasteurized'],
      es: ['fermentado', 'fermentada', 'fermentados', 'fermentadas', 'lactofermentado', 'lactofermentados', 'probiotico', 'cultivos vivos'],
      fr: ['fermente', 'fermentee', 'fermentes', 'fermentees', 'lactofermente', 'lactofermentes', 'lacto-fermente', 'lacto-fermentes', 'probiotique', 'ferments vivants', 'non pasteurise'],
      de: ['fermentiert', 'fermentierte', 'fermentierten', 'fermentierter', 'milchsauer', 'milchsauer vergoren', 'milchsauer eingelegt', 'milchsauer eingelegte', 'vergoren', 'probiotisch', 'lebende kulturen', 'unpasteurisiert'],
      it: ['fermentato', 'fermentata', 'fermentati', 'fermentate', 'lattofermentato', 'lattofermentati', 'probiotico', 'fermenti vivi', 'non pastorizzato'],
      nl: ['gefermenteerd', 'gefermenteerde', 'melkzuur gefermenteerd', 'probiotisch', 'levende culturen', 'ongepasteuriseerd'],
      pt: ['fermentado', 'fermentada', 'fermentados', 'fermentadas', 'lactofermentado', 'lactofermentados', 'probiotico', 'culturas vivas'],
    },
  },
  'dead-when-canned': {
    triggers: {
      en: ['canned', 'tinned', 'can of', 'can', 'tin of', 'shelf-stable', 'shelf stable', 'pasteurised', 'pasteurized'],
      es: ['enlatado', 'enlatada', 'enlatados', 'enlatadas', 'en lata', 'lata de', 'en conserva', 'pasteurizado', 'pasteurizada'],
      fr: ['en conserve', 'en boite', 'boite de', 'conserve de', 'pasteurise', 'pasteurisee', 'pasteurises'],
      de: ['aus der dose', 'dose', 'dosen', 'konserve', 'konserven', 'pasteurisiert', 'pasteurisierte', 'pasteurisierter'],
      it: ['in scatola', 'scatola di', 'pastorizzato', 'pastorizzata', 'pastorizzati'],
      nl: ['uit blik', 'blik', 'blikje', 'ingeblikt', 'ingeblikte', 'gepasteuriseerd', 'gepasteuriseerde'],
      pt: ['enlatado', 'enlatada', 'enlatados', 'enlatadas', 'em lata', 'lata de', 'em conserva', 'pasteurizado', 'pasteurizada'],
    },
    ignore: {
      en: ['unpasteurised', 'unpasteurized', 'not pasteurised', 'not pasteurized'],
    },
  },
};
