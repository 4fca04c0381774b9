/**
 * One Gut Lens session on one page (a new one after each client-side navigation): read the page,
 * paint its foods in slices, watch what is added, show the legend and the hover card, report to
 * the background, and pause or stop on demand. Glue only: the engine decides, this applies.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { firstLookSteps } from '../../engine/page/food-page-gate';
import { scanPageSteps, type PageScan } from '../../engine/page/page-scan';
import { NO_FOOD_HINT, readPageSteps } from '../../engine/page/read-page';
import type { FoodMatcher } from '../../engine/foods/matcher';
import type { FoodCore, FoodHit, GutTag } from '../../engine/foods/types';
import type { Steps } from '../../engine/page/steps';
import type { DomDocument, PageReading } from '../../engine/page/types';
import { textPieces } from '../../engine/foods/text-pieces';
import { sendMessage } from '../../utils/messages';
import { createCard } from './card';
import type { FoodMatcherCache } from './food-matcher';
import { foodInfo } from './food-texts';
import { guard, logError } from './guard';
import { createLegend } from './legend';
import { watchAddedNodes } from './mutations';
import { createPainter, type PaintedFood } from './paint';
import { pageTheme } from './page-theme';
import { paintRegionsSteps } from './paint-regions';
import { reportInSlices } from './report';
import { paintedAt } from './pointer';
import { idleScheduler, measuredSlice, runSliced, runSteps } from './slices';
import { createTextWalker, PAUSED } from './text-nodes';
import { createUiHost, type UiHost } from './ui-host';

/** The tag a found food is painted with: the rarest it carries. */
export function paintTag(tags: FoodHit['tags']): GutTag | null {
  if (tags.includes('probiotic')) return 'probiotic';
  if (tags.includes('prebiotic')) return 'prebiotic';
  if (tags.includes('fiber')) return 'fiber';
  return null;
}

/** Characters of a text node matched in one step (longer ones are cut after a sentence). */
const PIECE_CHARS = 400;

export interface SessionOptions {
  matchers: FoodMatcherCache;
  legendShown: boolean;
  onLegendToggle(shown: boolean): void;
  /** The first look's answer, when the caller has just taken it on this page. */
  gateOpen?: boolean;
}

export interface Session {
  readonly kind: PageReading['kind'];
  pause(): void;
  resume(): void;
  setLegendShown(shown: boolean): void;
  scrollToFood(foodId: string): boolean;
  stop(): void;
}

export async function startSession(ctx: ContentScriptContext, options: SessionOptions): Promise<Session> {
  const stopController = new AbortController();
  const signal = AbortSignal.any([ctx.signal, stopController.signal]);
  const scheduler = idleScheduler(ctx, signal);
  // The page reader needs foods only on some pages (grocery tiles, heading lists): hand it ours,
  // compiled on first use, so a page never compiles two matchers.
  const lazyMatcher: FoodMatcher<FoodCore> = {
    match: (text, matchOptions) => options.matchers.get().match(text, matchOptions),
    food: (id) => options.matchers.get().food(id),
  };
  const doc = document as unknown as DomDocument;
  // Each step its own slices: the first look; the page scan, which the readers get handed and
  // which also says where to paint; the readers (as steps); the matcher, when first needed.
  const gateOpen = options.gateOpen ?? (await runSteps(firstLookSteps(doc), scheduler, 'gate'));
  if (signal.aborted) return inert('other');
  let scan: PageScan | null = null;
  let reading: PageReading = NO_FOOD_HINT;
  // The matcher is opened (in slices of its own) when the reader first asks for it, or before painting.
  const prepareMatcher = () => options.matchers.prepare(scheduler);
  if (gateOpen) {
    const pageScan = await runSteps(scanPageSteps(doc), scheduler, 'scan');
    if (!pageScan) return inert('other');
    scan = pageScan;
    const read = await runSteps(readPageSteps(doc, { matcher: lazyMatcher, lookedFirst: true, scan: () => pageScan }), scheduler, 'read', prepareMatcher);
    if (!read) return inert('other');
    reading = read;
  }
  let paused = false;

  const report = (r: PageReading) =>
    reportInSlices(r, lazyMatcher, scheduler)
      .then((made) => void sendMessage('reportPage', made).catch((e: unknown) => logError('report', e)))
      .catch((e: unknown) => logError('report', e));

  if (reading.kind === 'other') {
    performance.mark('gut-lens:done', { detail: { matches: 0, kind: reading.kind } });
    void report(reading);
    return inert(reading.kind, () => stopController.abort());
  }

  await prepareMatcher();
  if (signal.aborted) return inert(reading.kind);
  const matcher = options.matchers.get();
  const painter = measuredSlice(() => createPainter(pageTheme(document)), 'paint');
  let ui = null as UiHost | null;
  let legend = null as ReturnType<typeof createLegend> | null;
  let card = null as ReturnType<typeof createCard> | null;
  let focused = -1;

  /** Paint the foods of one piece of a text node ([start, end) of its text). */
  const paintPiece = (node: Text, start: number, end: number) => {
    const text = start === 0 && end === node.data.length ? node.data : node.data.slice(start, end);
    for (const hit of matcher.match(text)) {
      const tag = paintTag(hit.tags);
      if (!tag) continue;
      const range = document.createRange();
      range.setStart(node, start + hit.start);
      range.setEnd(node, start + hit.end);
      painter.add({ foodId: hit.id, tag, range });
    }
  };

  const showCard = (item: PaintedFood) => {
    const food = matcher.food(item.foodId);
    if (!food || !card) return;
    if (card.shownFor !== item.foodId) card.show(foodInfo(food), item.range.getBoundingClientRect());
  };

  /** Our UI on the page (a step each: the host, the card, the legend; then the legend's count). */
  function* uiSteps(): Steps<void> {
    if (ui) return;
    ui = createUiHost(document);
    yield;
    card = createCard(ui.root);
    yield;
    legend = createLegend(ui.root, {
      onStep: guard('legend', (direction: 1 | -1) => {
        const all = sortedPainted();
        if (!all.length) return;
        focused = (focused + direction + all.length) % all.length;
        focusItem(all[focused]);
      }),
      onToggle: guard('legend', (shown: boolean) => options.onLegendToggle(shown)),
    });
    legend.setShown(options.legendShown);
    yield;
    countFoods();
  }

  const sortedPainted = () =>
    [...painter.all()].filter((p) => p.range.startContainer.isConnected).sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));

  const focusItem = (item: PaintedFood) => {
    painter.focus(item);
    const element = item.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    showCard(item);
  };

  /** Paint the text under some roots, in slices. */
  const paintInSlices = (roots: Node | readonly Node[]) => {
    const walker = createTextWalker(roots);
    // A step reads one text node, or one piece of a long one (a paragraph of a method).
    let node: Text | null = null;
    let pieces: [number, number][] = [];
    return runSliced(() => {
      if (pieces.length === 0) {
        const next = walker.next();
        if (next === PAUSED) return true;
        if (!next) return false;
        node = next;
        pieces = textPieces(node.data, PIECE_CHARS);
      }
      const [start, end] = pieces.shift()!;
      paintPiece(node!, start, end);
      return true;
    }, scheduler, undefined, 'paint');
  };
  const countFoods = () => legend?.setCount(new Set(painter.all().map((p) => p.foodId)).size);

  // Paint where the reader acts (the ingredient list and method, the product tiles), else the page.
  const regions = await runSteps(paintRegionsSteps(reading, scan), scheduler, 'regions');
  await paintInSlices(regions ?? document.body ?? document.documentElement);
  if (signal.aborted) {
    painter.clear();
    return inert(reading.kind);
  }

  await runSteps(uiSteps(), scheduler, 'ui');
  if (signal.aborted) {
    painter.clear();
    ui?.remove();
    return inert(reading.kind);
  }
  // The report is made (in slices) before the page is done; sending it is not waited for.
  await report(reading);
  performance.mark('gut-lens:done', { detail: { matches: painter.count, kind: reading.kind } });

  // Pages that change: scan only what was added, in slices; re-read a grocery page's products.
  let rereadAt = 0;
  const watcher = watchAddedNodes(document.body ?? document.documentElement, () => {
    scheduler.idle(() => {
      paintInSlices(watcher.take())
        .then(() => {
          measuredSlice(() => {
            painter.prune();
            countFoods();
          }, 'ui');
          if (reading.kind === 'grocery' && performance.now() - rereadAt > 2_000) {
            rereadAt = performance.now();
            // Read again as tiles arrive (afresh: the page has changed).
            void runSteps(readPageSteps(doc, { matcher: lazyMatcher }), scheduler, 'read', prepareMatcher).then((fresh) => {
              if (fresh?.kind === 'grocery') void report(fresh);
            });
          }
        })
        .catch((e: unknown) => logError('mutations', e));
    });
  });
  signal.addEventListener('abort', () => watcher.stop());

  // Hover card: look up the painted food under the pointer once per frame at most.
  let pointer: { x: number; y: number } | null = null;
  ctx.addEventListener(
    document,
    'mousemove',
    guard('card', (event: MouseEvent) => {
      if (paused || pointer) {
        if (pointer) pointer = { x: event.clientX, y: event.clientY };
        return;
      }
      pointer = { x: event.clientX, y: event.clientY };
      ctx.requestAnimationFrame(
        guard('card', () => {
          const at = pointer;
          pointer = null;
          if (!at || !card) return;
          const item = paintedAt(document, painter, at.x, at.y);
          if (item) showCard(item);
          else if (card.shownFor && focused < 0) card.hide();
        }),
      );
    }),
    { passive: true },
  );
  ctx.addEventListener(window, 'scroll', guard('card', () => focused < 0 && card?.hide()), { passive: true });

  return {
    kind: reading.kind,
    pause() {
      paused = true;
      painter.hide();
      card?.hide();
      if (ui) ui.host.style.display = 'none';
    },
    resume() {
      paused = false;
      painter.show();
      if (ui) ui.host.style.display = '';
    },
    setLegendShown(shown) {
      legend?.setShown(shown);
    },
    scrollToFood(foodId) {
      const all = sortedPainted();
      const index = all.findIndex((p) => p.foodId === foodId);
      if (index < 0) return false;
      focused = index;
      focusItem(all[index]);
      return true;
    },
    stop() {
      stopController.abort();
      painter.clear();
      ui?.remove();
    },
  };
}

/** A session with nothing on screen: an `other` page, or one stopped before it was painted. */
function inert(kind: PageReading['kind'], stop: () => void = () => undefined): Session {
  return { kind, pause() {}, resume() {}, setLegendShown() {}, scrollToFood: () => false, stop };
}
