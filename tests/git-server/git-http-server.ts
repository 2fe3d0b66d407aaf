import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Which request a one-shot hook runs before: the push's ref advertisement, or the push itself. */
export type PushStage = 'advertise' | 'receive';

export type GitServer = {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** The HTTPS-style URL of a repository under the server's root (`<name>.git`). */
  repoUrl(name: string): string;
  /** Runs `hook` once, before the next request of that stage is handed to git (to race a push). */
  beforeNextPush(stage: PushStage, hook: () => void | Promise<void>): void;
  /** Every request: method, path (with query) and the status sent. */
  log: { method: string; path: string; status: number }[];
  /** Drops every open connection from now on, like a network gone mid-operation (until set back). */
  setOffline(offline: boolean): void;
  close(): Promise<void>;
};

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  // Authorization must be named: the `*` wildcard does not cover it.
  'access-control-allow-headers': 'authorization, content-type, git-protocol, user-agent, accept',
  'access-control-expose-headers': 'www-authenticate',
};

/**
 * A real git smart-HTTP server for tests: `git http-backend` run as CGI behind Node's http server on
 * 127.0.0.1, serving the bare repositories under `root`. Basic auth: any user name with `token` as the
 * password, else 401 (as GitHub, GitLab and Gitea do for a token). Pushes are allowed (`http.receivepack`).
 */
export async function startGitServer(root: string, token: string): Promise<GitServer> {
  const log: GitServer['log'] = [];
  const hooks = new Map<PushStage, () => void | Promise<void>>();
  let offline = false;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const done = (status: number, headers: Record<string, string> = {}, body = '') => {
      log.push({ method: req.method ?? 'GET', path: `${url.pathname}${url.search}`, status });
      res.writeHead(status, { ...CORS, ...headers }).end(body);
    };
    if (offline) {
      req.socket.destroy();
      return;
    }
    if (req.method === 'OPTIONS') return done(204);
    if (!authorized(req.headers.authorization, token)) {
      return done(401, { 'www-authenticate': 'Basic realm="git"' }, 'Authentication required');
    }
    const stage: PushStage | null =
      url.searchParams.get('service') === 'git-receive-pack'
        ? 'advertise'
        : url.pathname.endsWith('/git-receive-pack')
          ? 'receive'
          : null;
    const hook = stage && hooks.get(stage);
    if (stage && hook) {
      hooks.delete(stage);
      await hook();
      // A hook may take the network away: this request is then cut, as a push on a dropped connection.
      if (offline) {
        req.socket.destroy();
        return;
      }
    }
    const status = await runBackend(root, req, res, url);
    log.push({ method: req.method ?? 'GET', path: `${url.pathname}${url.search}`, status });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, CORS);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    repoUrl: (name) => `${origin}/${name}.git`,
    beforeNextPush: (stage, hook) => void hooks.set(stage, hook),
    log,
    setOffline: (value) => void (offline = value),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function authorized(header: string | undefined, token: string): boolean {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1) === token;
}

/** Runs `git http-backend` for one request and relays its CGI answer; resolves with the status sent. */
function runBackend(root: string, req: IncomingMessage, res: ServerResponse, url: URL): Promise<number> {
  const child = spawn('git', ['http-backend'], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      REMOTE_USER: 'tester',
      REMOTE_ADDR: '127.0.0.1',
      REQUEST_METHOD: req.method ?? 'GET',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      CONTENT_LENGTH: req.headers['content-length'] ?? '',
      HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
      HTTP_GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
    },
    // Its complaints ("Not a git repository") are the status it sends; the test reads that.
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  req.pipe(child.stdin);
  return new Promise((resolve, reject) => {
    let head = Buffer.alloc(0);
    let status = 200;
    let headersDone = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      // CGI headers end at the first empty line (git writes \r\n; accept \n too).
      const end = head.indexOf('\r\n\r\n');
      const endLf = head.indexOf('\n\n');
      const [cut, sep] = end >= 0 && (endLf < 0 || end < endLf) ? [end, 4] : [endLf, 2];
      if (cut < 0) return;
      const headers: Record<string, string> = { ...CORS };
      for (const line of head.subarray(0, cut).toString('latin1').split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon < 0) continue;
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (name === 'status') status = Number.parseInt(value, 10) || 500;
        else headers[name] = value;
      }
      headersDone = true;
      res.writeHead(status, headers);
      res.write(head.subarray(cut + sep));
    });
    child.on('error', reject);
    child.on('close', () => {
      if (!headersDone) res.writeHead(502, CORS);
      res.end();
      resolve(headersDone ? status : 502);
    });
  });
}
