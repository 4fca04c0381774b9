/** Full citations for the source keys of data/foods.generated.json and data/reasons.ts. */
export interface Source {
  citation: string;
  url?: string;
}

export const SOURCES = {
  'eu-1924-2006': {
    citation:
      'Regulation (EC) No 1924/2006 of the European Parliament and of the Council of 20 December 2006 on nutrition and health claims made on foods, Annex ("source of fibre", "high fibre"). OJ L 404, 30.12.2006, p. 9.',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32006R1924',
  },
  'usda-sr28': {
    citation:
      'U.S. Department of Agriculture, Agricultural Research Service. USDA National Nutrient Database for Standard Reference, Release 28 (2016), nutrient 291 "Fiber, total dietary".',
    url: 'https://www.ars.usda.gov/northeast-area/beltsville-md-bhnrc/beltsville-human-nutrition-research-center/methods-and-application-of-food-composition-laboratory/mafcl-site-pages/sr11-sr28/',
  },
  'gibson-2017': {
    citation:
      'Gibson GR, Hutkins R, Sanders ME, et al. Expert consensus document: The International Scientific Association for Probiotics and Prebiotics (ISAPP) consensus statement on the definition and scope of prebiotics. Nat Rev Gastroenterol Hepatol. 2017;14(8):491-502.',
    url: 'https://doi.org/10.1038/nrgastro.2017.75',
  },
  'moshfegh-1999': {
    citation:
      'Moshfegh AJ, Friday JE, Goldman JP, Ahuja JK. Presence of inulin and oligofructose in the diets of Americans. J Nutr. 1999;129(7 Suppl):1407S-1411S.',
    url: 'https://doi.org/10.1093/jn/129.7.1407S',
  },
  'marco-2021': {
    citation:
      'Marco ML, Sanders ME, Gänzle M, et al. The International Scientific Association for Probiotics and Prebiotics (ISAPP) consensus statement on fermented foods. Nat Rev Gastroenterol Hepatol. 2021;18(3):196-208.',
    url: 'https://doi.org/10.1038/s41575-020-00390-5',
  },
  'hill-2014': {
    citation:
      'Hill C, Guarner F, Reid G, et al. Expert consensus document: The International Scientific Association for Probiotics and Prebiotics consensus statement on the scope and appropriate use of the term probiotic. Nat Rev Gastroenterol Hepatol. 2014;11(8):506-514.',
    url: 'https://doi.org/10.1038/nrgastro.2014.66',
  },
  'mcdonald-2018': {
    citation:
      'McDonald D, Hyde E, Debelius JW, et al. American Gut: an open platform for citizen science microbiome research. mSystems. 2018;3(3):e00031-18.',
    url: 'https://doi.org/10.1128/mSystems.00031-18',
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
