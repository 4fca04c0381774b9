/**
 * `npm run bench`: every benchmark, each printing ratios against baselines measured in the same
 * run (never absolute targets): the matcher, the page engine, the content script in Chromium and
 * the popup. Builds the Chrome extension first so the browser benchmarks measure the real build.
 * Pass names to run some: `npm run bench -- content popup`.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { repoRoot } from '../tests/corpus-path';

const BENCHES: Record<string, { file: string; args?: string[]; needsBuild?: boolean }> = {
  matcher: { file: 'bench-matcher.ts' },
  pages: { file: 'bench-pages.ts' },
  content: { file: 'bench-content.ts', needsBuild: true },
  popup: { file: 'bench-popup.ts', needsBuild: true },
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : Object.keys(BENCHES);
const unknown = names.filter((n) => !BENCHES[n]);
if (unknown.length) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (have: ${Object.keys(BENCHES).join(', ')})`);
  process.exit(2);
}
const bin = (name: string) => resolve(repoRoot, 'node_modules', '.bin', name);
const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' }).status ?? 1;

if (names.some((n) => BENCHES[n].needsBuild) && run(bin('wxt'), ['build']) !== 0) process.exit(1);
let failed = 0;
for (const name of names) {
  console.log(`\n━━ bench: ${name}`);
  if (run(bin('tsx'), [resolve(repoRoot, 'cli', BENCHES[name].file), ...(BENCHES[name].args ?? [])]) !== 0) failed++;
}
process.exit(failed ? 1 : 0);
