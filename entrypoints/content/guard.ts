/**
 * The content script's error boundary: nothing we run may throw into the page. Every callback we
 * hand to the page's event loop goes through `guard`, which logs errors under the feature's name.
 */
export function logError(feature: string, error: unknown): void {
  console.error(`[gut-lens:${feature}]`, error);
}

export function guard<A extends unknown[]>(feature: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      logError(feature, error);
    }
  };
}
