/**
 * The matcher read from a precomputed name index gives exactly the hits of the compiled matcher
 * (food ids, offsets, names, tags) on every line of the corpus: labelled lines and titles and
 * the recipes' gold ingredient lines, with no language, with the line's own and with each of ours.
 * For the full list and for the content script's list; the index goes through JSON as it does
 * into a bundle or a message. Skips without the corpus (fails under CI=true, see corpus-path.ts).
 */
import { describe, expect, it } from 'vitest';
import { FOODS } from '../../data/foods';
import { matcherFromIndex } from '../../engine/foods/index-matcher';
import { compileMatcher, type FoodMatcher } from '../../engine/foods/matcher';
import { buildNameIndex } from '../../engine/foods/name-index';
import type { NameIndex } from '../../engine/foods/name-index-format';
import { indexedFood, slimFood } from '../../engine/foods/slim';
import { LANGS, type FoodCore } from '../../engine/foods/types';
import { corpusLines, type CorpusLine } from '../../cli/lib/corpus-lines';
import { requireCorpus } from '../corpus-path';

const c = requireCorpus();
const SLIM = FOODS.map((food) => slimFood(food));
/** The list the index is made from, and the foods the matcher is given with it. */
const LISTS: Record<string, { names: readonly FoodCore[]; foods: readonly FoodCore[] }> = {
  'full list': { names: FOODS, foods: FOODS },
  "content script's list": { names: SLIM, foods: SLIM },
  // As the content script runs: its foods keep only the display names their ids do not give.
  'content script as shipped': { names: SLIM, foods: SLIM.map(indexedFood) },
};

/** Lines (with the languages to try) whose hits differ, the first few spelled out. */
function differences(lines: readonly CorpusLine[], langs: (line: CorpusLine) => (string | undefined)[], expected: FoodMatcher<FoodCore>, actual: (line: CorpusLine) => FoodMatcher<FoodCore>) {
  const out: string[] = [];
  let compared = 0;
  for (const line of lines) {
    const matcher = actual(line);
    for (const lang of langs(line)) {
      compared++;
      const want = JSON.stringify(expected.match(line.text, { lang }));
      const got = JSON.stringify(matcher.match(line.text, { lang }));
      if (want !== got) out.push(`${lang ?? 'no lang'}: ${line.text}\n  compiled ${want}\n  indexed  ${got}`);
    }
  }
  return { compared, count: out.length, first: out.slice(0, 5) };
}

describe.skipIf('skip' in c)('matcher from a precomputed index on the corpus', () => {
  const lines = 'dir' in c ? corpusLines(c.dir) : [];

  it('has the lines it compares', () => {
    expect(lines.filter((l) => l.source === 'lines').length).toBe(500);
    expect(lines.filter((l) => l.source === 'titles').length).toBe(365);
    expect(lines.filter((l) => l.source === 'recipes').length).toBeGreaterThan(3000);
  });

  for (const [name, { names, foods }] of Object.entries(LISTS)) {
    const index = JSON.parse(JSON.stringify(buildNameIndex(names))) as NameIndex;
    const compiled = compileMatcher(names);

    it(`${name}: same hits as the compiled matcher, one matcher for every line, every language`, () => {
      const shared = matcherFromIndex(index, foods);
      const diff = differences(lines, (l) => [undefined, l.lang, ...LANGS], compiled, () => shared);
      expect(diff.compared).toBe(lines.length * (LANGS.length + 2));
      expect(diff).toEqual({ compared: diff.compared, count: 0, first: [] });
    });

    it(`${name}: same hits from a fresh matcher for each line (nothing read before it)`, () => {
      const diff = differences(lines, (l) => [undefined, l.lang], compiled, () => matcherFromIndex(index, foods));
      expect(diff).toEqual({ compared: lines.length * 2, count: 0, first: [] });
    });
  }
});

if ('skip' in c) {
  describe('matcher from a precomputed index on the corpus', () => {
    it.skip(c.skip, () => undefined);
  });
}
