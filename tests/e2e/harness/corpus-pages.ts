/** The corpus pages listed in manifest.tsv, with their labels. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusPage {
  file: string;
  label: 'recipe' | 'grocery' | 'other';
}

export function corpusPages(dir: string): CorpusPage[] {
  return readFileSync(join(dir, 'manifest.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => {
      const [file, label] = line.split('\t');
      return { file, label: label as CorpusPage['label'] };
    });
}
