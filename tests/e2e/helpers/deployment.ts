/**
 * A deployment in miniature: a copy of a built site in a temporary folder, served over HTTP, that a
 * test may change and "redeploy" while a page is open.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

export interface Deployment {
  /** Where the site is served, e.g. http://localhost:41234 (the site sits at its root). */
  origin: string;
  /** The folder served: change files here to deploy a new version. */
  dir: string;
  close(): Promise<void>;
}

/** Serves a copy of `outDir` (built at the root) as a static host would: folders answer with index.html. */
export async function deployCopy(outDir: string): Promise<Deployment> {
  const dir = mkdtempSync(join(tmpdir(), 'guide-deploy-'));
  cpSync(outDir, dir, { recursive: true });
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    let status = 200;
    if (path.includes('..') || !existsSync(file) || !statSync(file).isFile()) [file, status] = [join(dir, '404.html'), 404];
    response.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    dir,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
