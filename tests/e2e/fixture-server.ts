import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};

/**
 * Serves tests/fixtures/ on 127.0.0.1 (a random port) so the extension clips real http pages. `at(host)`:
 * the same server under another site's name (the harness resolves every `*.example` host to 127.0.0.1).
 * `cors`: readable from any origin, for a unit test's fetch (happy-dom applies CORS; an extension page
 * with host access does not need it).
 */
export async function startFixtureServer(
  root = path.resolve('tests/fixtures'),
  { cors = false }: { cors?: boolean } = {},
): Promise<{ origin: string; at(host: string): string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (cors) res.setHeader('access-control-allow-origin', '*');
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = path.join(root, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        res
          .writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    at: (host) => `http://${host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
