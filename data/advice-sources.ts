/**
 * Published sources behind the swaps (data/swaps) and tips (data/tips). Every swap and tip names
 * one of these keys; tests/unit/swaps.test.ts and tips.test.ts check that each key resolves.
 * Only peer-reviewed papers, official guidelines and public food composition data are listed.
 */

export interface AdviceSource {
  key: string;
  title: string;
  /** Authors (first authors, "et al.") or the publishing body. */
  authors: string;
  year: number;
  /** Journal and volume/pages, or the publication series. */
  published: string;
  /** DOI link or the publisher's page (https). */
  url: string;
}

const SOURCE_LIST: readonly AdviceSource[] = [
  // Fiber intake: recommendations and evidence
  {
    key: 'efsa-2010-fibre',
    title: 'Scientific Opinion on Dietary Reference Values for carbohydrates and dietary fibre',
    authors: 'EFSA Panel on Dietetic Products, Nutrition, and Allergies (NDA)',
    year: 2010,
    published: 'EFSA Journal 8(3):1462',
    url: 'https://doi.org/10.2903/j.efsa.2010.1462',
  },
  {
    key: 'sacn-2015',
    title: 'Carbohydrates and Health',
    authors: 'Scientific Advisory Committee on Nutrition (SACN)',
    year: 2015,
    published: 'Public Health England, TSO',
    url: 'https://www.gov.uk/government/publications/sacn-carbohydrates-and-health-report',
  },
  {
    key: 'who-2023-carbohydrates',
    title: 'Carbohydrate intake for adults and children: WHO guideline',
    authors: 'World Health Organization',
    year: 2023,
    published: 'WHO guideline',
    url: 'https://www.who.int/publications/i/item/9789240073593',
  },
  {
    key: 'who-2015-sugars',
    title: 'Guideline: Sugars intake for adults and children',
    authors: 'World Health Organization',
    year: 2015,
    published: 'WHO guideline',
    url: 'https://www.who.int/publications/i/item/9789241549028',
  },
  {
    key: 'dga-2020',
    title: 'Dietary Guidelines for Americans, 2020–2025',
    authors: 'U.S. Department of Agriculture and U.S. Department of Health and Human Services',
    year: 2020,
    published: '9th edition',
    url: 'https://www.dietaryguidelines.gov/',
  },
  {
    key: 'reynolds-2019',
    title: 'Carbohydrate quality and human health: a series of systematic reviews and meta-analyses',
    authors: 'Reynolds A, Mann J, Cummings J, Winter N, Mete E, Te Morenga L',
    year: 2019,
    published: 'The Lancet 393(10170):434–445',
    url: 'https://doi.org/10.1016/S0140-6736(18)31809-9',
  },
  {
    key: 'aune-2016',
    title:
      'Whole grain consumption and risk of cardiovascular disease, cancer, and all cause and cause specific mortality: systematic review and dose-response meta-analysis of prospective studies',
    authors: 'Aune D, Keum N, Giovannucci E, et al.',
    year: 2016,
    published: 'BMJ 353:i2716',
    url: 'https://doi.org/10.1136/bmj.i2716',
  },
  {
    key: 'dahl-2015',
    title: 'Position of the Academy of Nutrition and Dietetics: Health Implications of Dietary Fiber',
    authors: 'Dahl WJ, Stewart ML',
    year: 2015,
    published: 'Journal of the Academy of Nutrition and Dietetics 115(11):1861–1870',
    url: 'https://doi.org/10.1016/j.jand.2015.09.003',
  },
  {
    key: 'eu-1924-2006',
    title: 'Regulation (EC) No 1924/2006 on nutrition and health claims made on foods',
    authors: 'European Parliament and Council of the European Union',
    year: 2006,
    published: 'Official Journal of the European Union L 404',
    url: 'https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=CELEX:32006R1924',
  },
  {
    key: 'usda-sr28',
    title: 'USDA National Nutrient Database for Standard Reference, Legacy Release (SR28)',
    authors: 'U.S. Department of Agriculture, Agricultural Research Service',
    year: 2018,
    published: 'FoodData Central',
    url: 'https://fdc.nal.usda.gov/',
  },

  // Fiber, microbes and their products
  {
    key: 'makki-2018',
    title: 'The Impact of Dietary Fiber on Gut Microbiota in Host Health and Disease',
    authors: 'Makki K, Deehan EC, Walter J, Bäckhed F',
    year: 2018,
    published: 'Cell Host & Microbe 23(6):705–715',
    url: 'https://doi.org/10.1016/j.chom.2018.05.012',
  },
  {
    key: 'koh-2016',
    title: 'From Dietary Fiber to Host Physiology: Short-Chain Fatty Acids as Key Bacterial Metabolites',
    authors: 'Koh A, De Vadder F, Kovatcheva-Datchary P, Bäckhed F',
    year: 2016,
    published: 'Cell 165(6):1332–1345',
    url: 'https://doi.org/10.1016/j.cell.2016.05.041',
  },
  {
    key: 'sonnenburg-2016-extinctions',
    title: 'Diet-induced extinctions in the gut microbiota compound over generations',
    authors: 'Sonnenburg ED, Smits SA, Tikhonov M, Higginbottom SK, Wingreen NS, Sonnenburg JL',
    year: 2016,
    published: 'Nature 529(7585):212–215',
    url: 'https://doi.org/10.1038/nature16504',
  },
  {
    key: 'david-2014',
    title: 'Diet rapidly and reproducibly alters the human gut microbiome',
    authors: 'David LA, Maurice CF, Carmody RN, et al.',
    year: 2014,
    published: 'Nature 505(7484):559–563',
    url: 'https://doi.org/10.1038/nature12820',
  },
  {
    key: 'de-filippo-2010',
    title:
      'Impact of diet in shaping gut microbiota revealed by a comparative study in children from Europe and rural Africa',
    authors: 'De Filippo C, Cavalieri D, Di Paola M, et al.',
    year: 2010,
    published: 'PNAS 107(33):14691–14696',
    url: 'https://doi.org/10.1073/pnas.1005963107',
  },
  {
    key: 'valdes-2018',
    title: 'Role of the gut microbiota in nutrition and health',
    authors: 'Valdes AM, Walter J, Segal E, Spector TD',
    year: 2018,
    published: 'BMJ 361:k2179',
    url: 'https://doi.org/10.1136/bmj.k2179',
  },

  // Prebiotics
  {
    key: 'gibson-2017',
    title:
      'Expert consensus document: The International Scientific Association for Probiotics and Prebiotics (ISAPP) consensus statement on the definition and scope of prebiotics',
    authors: 'Gibson GR, Hutkins R, Sanders ME, et al.',
    year: 2017,
    published: 'Nature Reviews Gastroenterology & Hepatology 14(8):491–502',
    url: 'https://doi.org/10.1038/nrgastro.2017.75',
  },
  {
    key: 'moshfegh-1999',
    title: 'Presence of inulin and oligofructose in the diets of Americans',
    authors: 'Moshfegh AJ, Friday JE, Goldman JP, Chug Ahuja JK',
    year: 1999,
    published: 'The Journal of Nutrition 129(7 Suppl):1407S–1411S',
    url: 'https://doi.org/10.1093/jn/129.7.1407S',
  },
  {
    key: 'birt-2013',
    title: 'Resistant starch: promise for improving human health',
    authors: 'Birt DF, Boylston T, Hendrich S, et al.',
    year: 2013,
    published: 'Advances in Nutrition 4(6):587–601',
    url: 'https://doi.org/10.3945/an.113.004325',
  },

  // Fermented foods and live cultures
  {
    key: 'marco-2021',
    title:
      'The International Scientific Association for Probiotics and Prebiotics (ISAPP) consensus statement on fermented foods',
    authors: 'Marco ML, Sanders ME, Gänzle M, et al.',
    year: 2021,
    published: 'Nature Reviews Gastroenterology & Hepatology 18(3):196–208',
    url: 'https://doi.org/10.1038/s41575-020-00390-5',
  },
  {
    key: 'hill-2014',
    title:
      'Expert consensus document: The International Scientific Association for Probiotics and Prebiotics consensus statement on the scope and appropriate use of the term probiotic',
    authors: 'Hill C, Guarner F, Reid G, et al.',
    year: 2014,
    published: 'Nature Reviews Gastroenterology & Hepatology 11(8):506–514',
    url: 'https://doi.org/10.1038/nrgastro.2014.66',
  },
  {
    key: 'wastyk-2021',
    title: 'Gut-microbiota-targeted diets modulate human immune status',
    authors: 'Wastyk HC, Fragiadakis GK, Perelman D, et al.',
    year: 2021,
    published: 'Cell 184(16):4137–4153',
    url: 'https://doi.org/10.1016/j.cell.2021.06.019',
  },

  // Plant diversity and dietary patterns
  {
    key: 'mcdonald-2018',
    title: 'American Gut: an Open Platform for Citizen Science Microbiome Research',
    authors: 'McDonald D, Hyde E, Debelius JW, et al.',
    year: 2018,
    published: 'mSystems 3(3):e00031-18',
    url: 'https://doi.org/10.1128/mSystems.00031-18',
  },
  {
    key: 'ghosh-2020',
    title:
      'Mediterranean diet intervention alters the gut microbiome in older people reducing frailty and improving health status: the NU-AGE 1-year dietary intervention across five European countries',
    authors: 'Ghosh TS, Rampelli S, Jeffery IB, et al.',
    year: 2020,
    published: 'Gut 69(7):1218–1228',
    url: 'https://doi.org/10.1136/gutjnl-2019-319654',
  },
  {
    key: 'who-healthy-diet',
    title: 'Healthy diet (fact sheet)',
    authors: 'World Health Organization',
    year: 2020,
    published: 'WHO fact sheet',
    url: 'https://www.who.int/news-room/fact-sheets/detail/healthy-diet',
  },

  // Water
  {
    key: 'efsa-2010-water',
    title: 'Scientific Opinion on Dietary Reference Values for water',
    authors: 'EFSA Panel on Dietetic Products, Nutrition, and Allergies (NDA)',
    year: 2010,
    published: 'EFSA Journal 8(3):1459',
    url: 'https://doi.org/10.2903/j.efsa.2010.1459',
  },

  // Movement
  {
    key: 'who-2020-activity',
    title: 'WHO guidelines on physical activity and sedentary behaviour',
    authors: 'World Health Organization',
    year: 2020,
    published: 'WHO guideline',
    url: 'https://www.who.int/publications/i/item/9789240015128',
  },
  {
    key: 'clarke-2014',
    title: 'Exercise and associated dietary extremes impact on gut microbial diversity',
    authors: 'Clarke SF, Murphy EF, O’Sullivan O, et al.',
    year: 2014,
    published: 'Gut 63(12):1913–1920',
    url: 'https://doi.org/10.1136/gutjnl-2013-306541',
  },
  {
    key: 'allen-2018',
    title: 'Exercise Alters Gut Microbiota Composition and Function in Lean and Obese Humans',
    authors: 'Allen JM, Mailing LJ, Niemiro GM, et al.',
    year: 2018,
    published: 'Medicine & Science in Sports & Exercise 50(4):747–757',
    url: 'https://doi.org/10.1249/MSS.0000000000001495',
  },

  // Sleep
  {
    key: 'watson-2015',
    title:
      'Recommended Amount of Sleep for a Healthy Adult: A Joint Consensus Statement of the American Academy of Sleep Medicine and Sleep Research Society',
    authors: 'Watson NF, Badr MS, Belenky G, et al.',
    year: 2015,
    published: 'Sleep 38(6):843–844',
    url: 'https://doi.org/10.5665/sleep.4716',
  },
  {
    key: 'smith-2019',
    title: 'Gut microbiome diversity is associated with sleep physiology in humans',
    authors: 'Smith RP, Easson C, Lyle SM, et al.',
    year: 2019,
    published: 'PLOS ONE 14(10):e0222394',
    url: 'https://doi.org/10.1371/journal.pone.0222394',
  },
  {
    key: 'st-onge-2016',
    title: 'Fiber and Saturated Fat Are Associated with Sleep Arousals and Slow Wave Sleep',
    authors: 'St-Onge MP, Roberts A, Shechter A, Choudhury AR',
    year: 2016,
    published: 'Journal of Clinical Sleep Medicine 12(1):19–24',
    url: 'https://doi.org/10.5664/jcsm.5384',
  },
  {
    key: 'thaiss-2014',
    title: 'Transkingdom control of microbiota diurnal oscillations promotes metabolic homeostasis',
    authors: 'Thaiss CA, Zeevi D, Levy M, et al.',
    year: 2014,
    published: 'Cell 159(3):514–529',
    url: 'https://doi.org/10.1016/j.cell.2014.09.048',
  },

  // Stress and the gut–brain axis
  {
    key: 'cryan-2019',
    title: 'The Microbiota-Gut-Brain Axis',
    authors: 'Cryan JF, O’Riordan KJ, Cowan CSM, et al.',
    year: 2019,
    published: 'Physiological Reviews 99(4):1877–2013',
    url: 'https://doi.org/10.1152/physrev.00018.2018',
  },
  {
    key: 'foster-2017',
    title: 'Stress & the gut-brain axis: Regulation by the microbiome',
    authors: 'Foster JA, Rinaman L, Cryan JF',
    year: 2017,
    published: 'Neurobiology of Stress 7:124–136',
    url: 'https://doi.org/10.1016/j.ynstr.2017.03.001',
  },
];

/** Every advice source, by key. */
export const ADVICE_SOURCES: Readonly<Record<string, AdviceSource>> = Object.fromEntries(
  SOURCE_LIST.map((source) => [source.key, source]),
);

/** Every advice source, in the order above (for a "Sources" page). */
export const ADVICE_SOURCE_LIST: readonly AdviceSource[] = SOURCE_LIST;
