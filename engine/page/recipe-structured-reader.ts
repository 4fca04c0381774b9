/**
 * Recipe pages that say so in structured data: JSON-LD Recipe nodes, microdata / RDFa
 * `recipeIngredient` / `ingredients` properties, h-recipe `p-ingredient` (and the older hRecipe
 * `ingredient`). Pages listing several full recipes, or only linking to recipes, are not one recipe.
 */
import { tidyLinesSteps } from './ingredient-line';
import type { JsonLdNodes, JsonObject } from './json-ld';
import { readRecipeCard } from './recipe-card';
import { RECIPE_TYPES } from './schema-types';
import { elementLines, ingredientLines, jsonLdRecipeLines, servingsOf, stringField } from './structured-recipe';
import type { PageScan } from './page-scan';
import type { Steps } from './steps';
import type { PageReading } from './types';

const FEW_LINES = 3;

function* recipe(evidence: string[], ingredients: string[], node?: JsonObject): Steps<PageReading> {
  const tidy = yield* tidyLinesSteps(ingredients);
  yield;
  return {
    kind: 'recipe',
    evidence,
    ingredients: tidy,
    products: [],
    title: node ? stringField(node.name) : undefined,
    servings: node ? servingsOf(node.recipeYield) : undefined,
    // Steps come in the same shapes as ingredients (strings, HowToStep, HowToSection lists).
    instructions: node?.recipeInstructions !== undefined ? ingredientLines(node.recipeInstructions) : undefined,
  };
}

/** The recipe its structured data gives, as steps (steps.ts): a recipe node's lines a step, the card, the markup, the lines tidied one a step. */
export function* readStructuredRecipeSteps(scan: PageScan, jsonLd: JsonLdNodes): Steps<PageReading | null> {
  const recipes = jsonLd.typed.filter((t) => t.types.some((x) => RECIPE_TYPES.has(x)));
  const withLines: { node: JsonObject; lines: string[] }[] = [];
  for (const r of recipes) {
    const lines = jsonLdRecipeLines(r.node);
    if (lines.length > 0) withLines.push({ node: r.node, lines });
    yield;
  }
  const names = new Set(withLines.map((r) => stringField(r.node.name) ?? ''));
  if (withLines.length >= 5 && names.size >= 5) {
    return { kind: 'other', evidence: [`jsonld:Recipe×${withLines.length}`, 'list:recipes'], ingredients: [], products: [] };
  }
  // A JSON-LD list of one or two lines is often a summary; the page's own card may list them all.
  if (withLines.length > 0 && withLines[0].lines.length >= FEW_LINES) return yield* recipe(['jsonld:Recipe'], withLines[0].lines, withLines[0].node);
  const card = readRecipeCard(scan);
  yield;
  if (card && (withLines.length === 0 || card.lines.length > withLines[0].lines.length)) {
    const evidence = [`card:${card.plugin}`, ...(recipes.length > 0 ? ['jsonld:Recipe'] : [])];
    return yield* recipe(evidence, card.lines, recipes[0]?.node);
  }

  if (scan.ingredientMarkup.length > 0) {
    const lines = elementLines(scan.ingredientMarkup.map((m) => m.el));
    yield;
    if (lines.length > 0 && lines.length >= (withLines[0]?.lines.length ?? 0)) return yield* recipe([`${scan.ingredientMarkup[0].how}:recipeIngredient`], lines, recipes[0]?.node);
  }
  if (withLines.length > 0) return yield* recipe(['jsonld:Recipe'], withLines[0].lines, withLines[0].node);
  return null;
}
