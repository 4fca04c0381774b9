/**
 * The corpus's lines of text for the matcher: the labelled ingredient lines and product titles
 * (`labels/*.jsonl`) and the gold ingredient lines of every `recipes/*.json`, each with the
 * language its source gives.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadLabels } from './score-lines';

export interface CorpusLine {
  text: string;
  lang: string | undefined;
  source: 'lines' | 'titles' | 'recipes';
}

/** Gold ingredient lines of the corpus's recipes, in file order. */
export function recipeLines(dir: string): CorpusLine[] {
  const recipeDir = join(dir, 'recipes');
  const out: CorpusLine[] = [];
  for (const name of readdirSync(recipeDir).sort()) {
    if (!name.endsWith('.json')) continue;
    const recipe = JSON.parse(readFileSync(join(recipeDir, name), 'utf8')) as { ingredients?: unknown; language?: unknown };
    const lang = typeof recipe.language === 'string' ? recipe.language : undefined;
    if (Array.isArray(recipe.ingredients)) for (const l of recipe.ingredients) if (typeof l === 'string') out.push({ text: l, lang, source: 'recipes' });
  }
  return out;
}

export function corpusLines(dir: string): CorpusLine[] {
  return [...loadLabels(dir).map((item) => ({ text: item.text, lang: item.lang, source: item.set })), ...recipeLines(dir)];
}
