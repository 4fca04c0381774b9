/**
 * `npm run --silent analyze -- [--json] FILE_OR_DIR...` and `... -- --lines [--lang xx]`:
 * what the extension would find on saved pages, or on bare lines of text
 * (see the spec `analyze-cli.md`). Same engine as the content script: readPage, then the matcher.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { defaultMatcher } from './lib/default-matcher';
import type { FoodHit, Tag } from '../engine/foods/types';
import { readSavedPage } from '../engine/page/read-saved-page';
import { loadPage } from './lib/parse-html';

const USAGE = `usage: npm run --silent analyze -- [--json] FILE_OR_DIR...
       npm run --silent analyze -- --lines [--lang xx]   (JSON Lines {"text","lang"} on stdin)`;

interface LineFoods {
  id: string;
  name: string;
  match: string;
  tags: Tag[];
}

const matcher = defaultMatcher();

function foodsOf(text: string): LineFoods[] {
  return matcher.match(text).map((h: FoodHit) => ({ id: h.id, name: h.name, match: h.match, tags: h.tags }));
}

function totals(groups: LineFoods[][]): { id: string; count: number; tags: Tag[] }[] {
  const byId = new Map<string, { id: string; count: number; tags: Set<Tag> }>();
  for (const group of groups) {
    for (const f of group) {
      const entry = byId.get(f.id) ?? { id: f.id, count: 0, tags: new Set<Tag>() };
      entry.count++;
      for (const t of f.tags) entry.tags.add(t);
      byId.set(f.id, entry);
    }
  }
  return [...byId.values()].map((e) => ({ id: e.id, count: e.count, tags: [...e.tags] }));
}

/** Every `*.html` under a directory, recursively, in sorted order. */
function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.toLowerCase().endsWith('.html')) out.push(path);
  }
  return out;
}

function analyzeFile(file: string): Record<string, unknown> {
  try {
    const { doc } = loadPage(file);
    const t0 = performance.now();
    const reading = readSavedPage(doc, { matcher });
    const ingredients = reading.ingredients.map((text) => ({ text, foods: foodsOf(text) }));
    const products = reading.products.map((title) => ({ title, foods: foodsOf(title) }));
    const foods = totals([...ingredients.map((i) => i.foods), ...products.map((p) => p.foods)]);
    const ms = Math.round((performance.now() - t0) * 10) / 10;
    return { file, kind: reading.kind, evidence: reading.evidence, ingredients, products, foods, ms };
  } catch (err) {
    return { file, error: err instanceof Error ? err.message : String(err) };
  }
}

function summary(result: Record<string, unknown>): string {
  if ('error' in result) return `${result.file}: error: ${String(result.error)}`;
  const ingredients = result.ingredients as unknown[];
  const products = result.products as unknown[];
  const foods = result.foods as { id: string; count: number }[];
  const what = result.kind === 'recipe' ? `${ingredients.length} ingredient lines` : result.kind === 'grocery' ? `${products.length} products` : 'nothing to read';
  const top = foods.slice(0, 8).map((f) => (f.count > 1 ? `${f.id}×${f.count}` : f.id)).join(', ');
  return `${result.file}: ${String(result.kind)} (${(result.evidence as string[]).join(', ') || 'no signal'}) — ${what}; ${foods.length} foods${top ? `: ${top}` : ''} [${String(result.ms)} ms]`;
}

async function runLines(lang: string | undefined): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of rl) {
    if (!raw.trim()) continue;
    let text: string;
    try {
      const parsed: unknown = JSON.parse(raw);
      const value = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).text : undefined;
      if (typeof value !== 'string') throw new Error('no "text" string');
      text = value;
    } catch (err) {
      process.stdout.write(`${JSON.stringify({ error: `bad input line: ${err instanceof Error ? err.message : String(err)}` })}\n`);
      continue;
    }
    void lang; // the matcher searches every language's names; lang is accepted for the spec's shape
    process.stdout.write(`${JSON.stringify({ text, foods: foodsOf(text) })}\n`);
  }
}

async function main(argv: string[]): Promise<number> {
  let json = false;
  let lines = false;
  let lang: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--lines') lines = true;
    else if (arg === '--lang') {
      lang = argv[++i];
      if (!lang || !/^[a-z]{2}$/.test(lang)) {
        console.error(`--lang needs a two-letter language code\n${USAGE}`);
        return 2;
      }
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else if (arg.startsWith('--')) {
      console.error(`unknown option ${arg}\n${USAGE}`);
      return 2;
    } else inputs.push(arg);
  }
  if (lines) {
    if (inputs.length > 0) {
      console.error(`--lines reads standard input, not files\n${USAGE}`);
      return 2;
    }
    await runLines(lang);
    return 0;
  }
  if (inputs.length === 0) {
    console.error(USAGE);
    return 2;
  }
  for (const input of inputs) {
    let files: string[];
    try {
      files = statSync(input).isDirectory() ? htmlFiles(input) : [input];
    } catch (err) {
      files = [];
      const result = { file: input, error: err instanceof Error ? err.message : String(err) };
      process.stdout.write(`${json ? JSON.stringify(result) : summary(result)}\n`);
    }
    for (const file of files) {
      const result = analyzeFile(file);
      process.stdout.write(`${json ? JSON.stringify(result) : summary(result)}\n`);
    }
  }
  return 0;
}

// Output piped into `head` and closed early: stop quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
