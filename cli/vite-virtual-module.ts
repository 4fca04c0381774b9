/**
 * A Vite plugin serving one virtual module (`virtual:…`) whose source is made at build time from
 * some files, rebuilt when they change.
 */
import type { Plugin } from 'vite';

export function virtualModule(id: string, watched: () => string[], source: () => string): Plugin {
  const resolved = `\0${id}`;
  return {
    name: id.replace(/[^a-z0-9]+/gi, '-'),
    resolveId: (request) => (request === id ? resolved : null),
    load(request) {
      if (request !== resolved) return null;
      for (const file of watched()) this.addWatchFile(file);
      return source();
    },
  };
}
