/**
 * Watching a page that changes (single-page apps, infinite scroll) without hurting it. The
 * observer callback only stores added nodes; the work runs later in slices. Our own UI host is
 * ignored, so painting (which changes no DOM) and our UI never re-trigger it. Work is bounded: a
 * node whose ancestor is already queued is dropped, and past a cap per minute the queue is
 * dropped until the next minute, so a page that changes forever costs a bounded amount.
 */

export const UI_HOST_TAG = 'GUT-LENS-UI';
/** At most this many added subtrees are scanned per minute. */
export const MAX_NODES_PER_MINUTE = 5_000;

export interface AddedNodesWatcher {
  /** Take what was added since the last call, outermost nodes only. */
  take(): Node[];
  stop(): void;
  /** Nodes dropped by the cap so far (for the test hook and the logs). */
  readonly dropped: number;
}

function isOurs(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && (n as Element).tagName === UI_HOST_TAG) return true;
  }
  return false;
}

/**
 * Observe `root` for added nodes; `onAdded` is called (at most once per batch) when there is
 * something to take. It must schedule the work, not do it.
 */
export function watchAddedNodes(root: Node, onAdded: () => void, now: () => number = () => performance.now()): AddedNodesWatcher {
  let pending = new Set<Node>();
  let windowStart = now();
  let inWindow = 0;
  let dropped = 0;
  let notified = false;

  const observer = new MutationObserver((records) => {
    const t = now();
    if (t - windowStart > 60_000) {
      windowStart = t;
      inWindow = 0;
    }
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.TEXT_NODE) continue;
        if (inWindow >= MAX_NODES_PER_MINUTE) {
          dropped++;
          continue;
        }
        inWindow++;
        pending.add(node);
      }
    }
    if (pending.size && !notified) {
      notified = true;
      onAdded();
    }
  });
  observer.observe(root, { childList: true, subtree: true });

  return {
    get dropped() {
      return dropped;
    },
    take() {
      notified = false;
      const nodes = [...pending];
      pending = new Set();
      // Keep the outermost connected nodes only: a child of a queued node is walked with it.
      const queued = new Set(nodes);
      return nodes.filter((node) => {
        if (!node.isConnected || isOurs(node)) return false;
        for (let p = node.parentNode; p; p = p.parentNode) if (queued.has(p)) return false;
        return true;
      });
    },
    stop() {
      observer.disconnect();
      pending.clear();
    },
  };
}
