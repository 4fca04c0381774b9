#!/usr/bin/env node
/**
 * `npm test`: every check, in order — type-check, both builds and store zips (the Firefox sources
 * zip must rebuild the add-on), web-ext lint of the Firefox build,
 * then the unit, corpus and real-browser tests. Prints each step's time and, last, one line
 * `tests: N passed, N failed, N skipped` that CI reads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => resolve(root, 'node_modules', '.bin', name);
const ci = process.env.CI === 'true';
const timings = [];

function step(name, command, args, options = {}) {
  const start = performance.now();
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...options.env } });
  const seconds = (performance.now() - start) / 1000;
  timings.push([name, seconds, result.status]);
  if (result.status !== 0 && !options.allowFailure) {
    summary();
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  return result.status;
}

function summary() {
  console.log('\nStep times:');
  for (const [name, seconds, status] of timings) console.log(`  ${status === 0 ? '✓' : '✖'} ${name.padEnd(22)} ${seconds.toFixed(1)} s`);
}

const browsers = [
  ['Chromium', ['/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROMIUM_PATH], 'apt-get install -y chromium'],
  ['Firefox', ['/usr/bin/firefox-esr', '/usr/bin/firefox', process.env.FIREFOX_PATH], 'apt-get install -y firefox-esr'],
];
for (const [name, paths, install] of browsers) {
  if (!paths.some((p) => p && existsSync(p))) {
    const message = `${name} not found: real-browser tests need it. Install it with \`${install}\`.`;
    if (ci) {
      console.error(`✖ ${message}`);
      process.exit(1);
    }
    console.warn(`⚠ ${message} Its tests will be skipped.`);
  }
}

step('type-check', bin('tsc'), ['--noEmit']);
step('build + zip chrome', bin('wxt'), ['zip']);
step('build + zip firefox', bin('wxt'), ['zip', '-b', 'firefox']);
step('sources zip rebuilds', process.execPath, [resolve(root, 'cli', 'check-sources-zip.mjs')]);
step('web-ext lint', bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv3', '--self-hosted', '--no-input']);

mkdirSync(resolve(root, '.cache'), { recursive: true });
const report = resolve(root, '.cache', 'vitest-report.json');
const status = step('vitest (all tiers)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
  allowFailure: true,
});
summary();
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
}
process.exit(status ?? 1);
