/**
 * Content script: glue only. Read the page with the engine, walk its text in slices, paint the
 * gut-friendly foods, and report what was found to the background. No food knowledge lives here.
 */
import './style.css';
import { readPage } from '../../engine/page/read-page';
import { compileMatcher, type FoodMatcher } from '../../engine/foods/matcher';
import { FOODS } from '../../data/foods';
import type { GutTag, FoodHit } from '../../engine/foods/types';
import type { DomDocument } from '../../engine/page/types';
import { sendMessage, type PageFood } from '../../utils/messages';
import { createTextWalker } from './text-nodes';
import { createPainter } from './paint';
import { measuredSlice, runSliced } from './slices';

/** The tag a found food is painted with: the rarest it carries. */
function paintTag(hit: FoodHit): GutTag | null {
  if (hit.tags.includes('probiotic')) return 'probiotic';
  if (hit.tags.includes('prebiotic')) return 'prebiotic';
  if (hit.tags.includes('fiber')) return 'fiber';
  return null;
}

function countFoods(matcher: FoodMatcher, lines: readonly string[]): PageFood[] {
  const counts = new Map<string, PageFood>();
  for (const line of lines) {
    for (const hit of matcher.match(line)) {
      const seen = counts.get(hit.id);
      if (seen) seen.count++;
      else counts.set(hit.id, { id: hit.id, name: hit.name, tags: hit.tags, count: 1 });
    }
  }
  return [...counts.values()];
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    try {
      const reading = measuredSlice(() => readPage(document as unknown as DomDocument));
      let painted = 0;
      if (reading.kind !== 'other') {
        const matcher = measuredSlice(() => compileMatcher(FOODS));
        const painter = createPainter();
        const walker = createTextWalker(document.body ?? document.documentElement);
        await runSliced(
          () => {
            const node = walker.next();
            if (!node) return false;
            for (const hit of matcher.match(node.data)) {
              const tag = paintTag(hit);
              if (!tag) continue;
              const range = document.createRange();
              range.setStart(node, hit.start);
              range.setEnd(node, hit.end);
              painter.add(tag, range);
              painted++;
            }
            return true;
          },
          { idle: (cb) => ctx.requestIdleCallback(cb, { timeout: 100 }), signal: ctx.signal },
        );
        ctx.onInvalidated(() => painter.clear());
        const lines = reading.kind === 'recipe' ? reading.ingredients : reading.products;
        await sendMessage('reportPage', {
          url: location.href,
          title: reading.title ?? document.title,
          kind: reading.kind,
          evidence: reading.evidence,
          foods: countFoods(matcher, lines),
          ingredients: reading.ingredients,
          products: reading.products,
          servings: reading.servings,
          at: Date.now(),
        });
      } else {
        await sendMessage('reportPage', {
          url: location.href, title: document.title, kind: 'other', evidence: reading.evidence,
          foods: [], ingredients: [], products: [], at: Date.now(),
        });
      }
      performance.mark('gut-lens:done', { detail: { matches: painted, kind: reading.kind } });
    } catch (error) {
      console.error('[gut-lens:content]', error);
    }
  },
});
