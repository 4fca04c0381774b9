/**
 * Where the shared corpus lives: `GUT_LENS_CORPUS`, or `../shared/corpus` beside the checkout.
 * Tests that need it skip with a clear message when it is absent, and fail under `CI=true`.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function corpusDir(): string | null {
  const dir = process.env.GUT_LENS_CORPUS ?? resolve(repoRoot, '..', 'shared', 'corpus');
  return existsSync(resolve(dir, 'manifest.tsv')) ? dir : null;
}

/** The corpus directory, or a reason to skip (throws under CI=true: a missing corpus fails there). */
export function requireCorpus(): { dir: string } | { skip: string } {
  const dir = corpusDir();
  if (dir) return { dir };
  const why = 'shared corpus not found: set GUT_LENS_CORPUS or put shared/ beside the checkout';
  if (process.env.CI === 'true') throw new Error(why);
  return { skip: why };
}

export { repoRoot };
