import git, { type GitProgressEvent, type HttpClient, type PromiseFsClient } from 'isomorphic-git';
import { t } from '../i18n/t';
import type { PublishDestination } from './publish-destination';
import { PublishError } from './publish-error';

/** What publishing and pulling are given: a file system for the local copy, and an HTTP client. */
export type PublishDeps = {
  fs: PromiseFsClient;
  http: HttpClient;
  /** The folder (in `fs`) of this destination's bare local copy; see `repoDir`. */
  gitdir: string;
};

export type PublishPhase = 'images' | 'connecting' | 'fetching' | 'reading' | 'writing' | 'pushing';
export type PublishProgress = { phase: PublishPhase; loaded?: number; total?: number };
export type RemoteOptions = { signal?: AbortSignal; onProgress?(progress: PublishProgress): void };

/** A local copy talking to the destination's remote, with the token and the cancel signal applied. */
export type Remote = {
  fs: PromiseFsClient;
  http: HttpClient;
  gitdir: string;
  url: string;
  branch: string;
  onProgress(event: GitProgressEvent): void;
  signal?: AbortSignal;
};

/**
 * Opens the destination's local copy (a bare repository in `fs`, made on first use) and fetches the tip
 * of its branch, shallow (depth 1) and single-branch: a large blog's history is never downloaded. Returns
 * the tip, or null for an empty repository (no branch at all yet: the first publish creates it). A
 * repository with branches but not this one is an error naming those it has.
 */
export async function openRemote(
  deps: PublishDeps,
  destination: PublishDestination,
  token: string,
  options: RemoteOptions = {},
): Promise<{ remote: Remote; tip: string | null }> {
  const { signal, onProgress } = options;
  const remote: Remote = {
    fs: deps.fs,
    http: authorizedHttp(deps.http, basicAuth(destination.username, token), signal),
    gitdir: deps.gitdir,
    url: destination.url,
    branch: destination.branch,
    onProgress: (event) =>
      onProgress?.({
        phase: /writ|compress|push/i.test(event.phase) ? 'pushing' : 'fetching',
        loaded: event.loaded,
        total: event.total,
      }),
    signal,
  };
  onProgress?.({ phase: 'connecting' });
  await ensureRepo(remote);
  const info = await git.getRemoteInfo({ http: remote.http, url: remote.url });
  const heads = Object.keys(info.refs?.heads ?? {});
  if (!heads.includes(remote.branch)) {
    if (heads.length === 0) return { remote, tip: null };
    throw new PublishError('branch-missing', t('publishErrorBranchMissing', remote.branch, heads.join(', ')));
  }
  return { remote, tip: await fetchTip(remote) };
}

/** Fetches the branch's tip again (after a rejected push: someone else pushed meanwhile). */
export async function fetchTip(remote: Remote): Promise<string> {
  remote.signal?.throwIfAborted();
  const result = await git.fetch({
    fs: remote.fs,
    http: remote.http,
    gitdir: remote.gitdir,
    remote: 'origin',
    ref: remote.branch,
    remoteRef: remote.branch,
    singleBranch: true,
    depth: 1,
    tags: false,
    onProgress: remote.onProgress,
  });
  remote.signal?.throwIfAborted();
  if (!result.fetchHead) {
    throw new PublishError('branch-missing', t('publishErrorBranchMissing', remote.branch, '—'));
  }
  return result.fetchHead;
}

/**
 * The HTTP client with the credentials on every request, sent at once (no unauthenticated request first to
 * be answered 401), and the cancel signal (isomorphic-git's fetch takes none of its own). The token stays
 * in this closure: isomorphic-git never holds it, so none of its errors can carry it.
 */
function authorizedHttp(http: HttpClient, authorization: string, signal?: AbortSignal): HttpClient {
  return {
    request(request) {
      signal?.throwIfAborted();
      return http.request({
        ...request,
        headers: { ...request.headers, Authorization: authorization },
        signal,
      });
    },
  };
}

function basicAuth(username: string, token: string): string {
  const bytes = new TextEncoder().encode(`${username}:${token}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

async function ensureRepo(remote: Remote): Promise<void> {
  const store = { fs: remote.fs, gitdir: remote.gitdir };
  let exists = true;
  try {
    await remote.fs.promises.stat(`${remote.gitdir}/config`);
  } catch {
    exists = false;
  }
  if (!exists) await git.init({ ...store, bare: true, defaultBranch: remote.branch });
  // The address may have been edited in the settings since the last publish.
  await git.addRemote({ ...store, remote: 'origin', url: remote.url, force: true });
}
