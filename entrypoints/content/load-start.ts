/**
 * When the content script's modules began to run. Imported first by the entry, so that everything
 * the script does before its first slice (its modules' top-level code, WXT's context, reading the
 * settings) is measured too: the benchmark counts it as the `load` phase.
 */
export const LOAD_START = performance.now();
