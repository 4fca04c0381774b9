/**
 * A static file server on 127.0.0.1 for real-browser tests: `/fixtures/…` from tests/fixtures,
 * `/corpus/…` from the shared corpus. Every request is logged so tests can see who asked for what.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { repoRoot, corpusDir } from '../../corpus-path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

export interface StaticServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

function within(root: string, path: string): string | null {
  const full = normalize(join(root, decodeURIComponent(path)));
  return full.startsWith(root) ? full : null;
}

export async function startServer(): Promise<StaticServer> {
  const roots: Record<string, string | null> = {
    fixtures: resolve(repoRoot, 'tests', 'fixtures'),
    corpus: corpusDir(),
  };
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const [, top, ...rest] = url.pathname.split('/');
    const root = roots[top ?? ''];
    const file = root ? within(root, rest.join('/')) : null;
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      // Saved pages are served as UTF-8, as their sites served them; without a charset Chromium's
      // encoding sniffing varies with timing, and two loads of one page could differ.
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
