/** Shared by the page-*.test.ts files: parse an HTML string or a fixture and read it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHtmlText } from '../../cli/lib/parse-html';
import { readSavedPage } from '../../engine/page/read-saved-page';
import { defaultMatcher } from '../../cli/lib/default-matcher';
import type { PageReading } from '../../engine/page/types';
import { repoRoot } from '../corpus-path';

export function readHtml(html: string): PageReading {
  return readSavedPage(parseHtmlText(html), { matcher: defaultMatcher() });
}

export function readFixture(name: string): PageReading {
  return readHtml(readFileSync(resolve(repoRoot, 'tests', 'fixtures', 'pages', name), 'utf8'));
}
