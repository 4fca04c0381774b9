// @vitest-environment happy-dom
/**
 * The content benchmark's floor (cli/lib/walk-only-extension.ts): the extension it writes loads
 * (its manifest names a script that is there), and that script measures its touch of `document`
 * and a walk that reads every text node of the page, and does nothing else to the page.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeWalkOnlyExtension } from '../../cli/lib/walk-only-extension';

const written: string[] = [];
afterEach(() => {
  for (const dir of written.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('walk-only extension', () => {
  it('is an MV3 extension whose one content script runs at document_idle on every page', () => {
    const dir = writeWalkOnlyExtension();
    written.push(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.content_scripts).toEqual([{ matches: ['<all_urls>'], js: ['walk.js'], run_at: 'document_idle' }]);
    expect(manifest.background).toBeUndefined();
    expect(readFileSync(join(dir, 'walk.js'), 'utf8').length).toBeGreaterThan(0);
  });

  it('measures its touch of document and a walk over every text node, leaving the page as it was', () => {
    const dir = writeWalkOnlyExtension();
    written.push(dir);
    document.body.innerHTML = '<h1>Lentil soup</h1><p>Two <b>cups</b> of lentils</p><!-- not text --><div><span>x</span></div>';
    const before = document.body.innerHTML;
    performance.clearMeasures();
    new Function(readFileSync(join(dir, 'walk.js'), 'utf8'))();
    const [touch] = performance.getEntriesByName('walk-only:document');
    const [walk] = performance.getEntriesByName('walk-only:walk') as PerformanceMeasure[];
    expect(touch.duration).toBeGreaterThanOrEqual(0);
    expect(walk.detail).toEqual({ chars: 'Lentil soupTwo cups of lentilsx'.length });
    expect(document.body.innerHTML).toBe(before);
  });
});
