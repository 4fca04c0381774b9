#!/usr/bin/env node
/**
 * The Firefox sources zip must rebuild the add-on: unzip it in a temporary folder, build it there
 * (with this checkout's node_modules), and compare the file list and manifest with `.output/firefox-mv3`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.output');
const zip = readdirSync(out).find((f) => f.endsWith('-sources.zip'));
if (!zip) {
  console.error('No sources zip in .output: run `npm run zip` first.');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'gut-lens-sources-'));
const run = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};
const list = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)))
    .sort();
try {
  run('unzip', ['-q', join(out, zip), '-d', work], root);
  const banned = list(work).filter((f) => /^(node_modules|\.output|artifacts|docs)\//.test(f) || f.endsWith('.png'));
  if (banned.length) throw new Error(`sources zip holds non-source files: ${banned.slice(0, 5).join(', ')}`);
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
  run(join(root, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox'], work);
  const rebuilt = join(work, '.output', 'firefox-mv3');
  const original = join(out, 'firefox-mv3');
  const a = list(original).join('\n');
  const b = list(rebuilt).join('\n');
  if (a !== b) throw new Error(`rebuilt file list differs:\n--- original\n${a}\n--- rebuilt\n${b}`);
  for (const file of list(original)) {
    if (!readFileSync(join(original, file)).equals(readFileSync(join(rebuilt, file)))) {
      throw new Error(`rebuilt ${file} differs from the original build`);
    }
  }
  console.log(`✓ ${zip} rebuilds the Firefox add-on byte for byte (${list(original).length} files).`);
} catch (error) {
  console.error(`✖ ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
