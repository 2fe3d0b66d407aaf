import FS from '@isomorphic-git/lightning-fs';
import type { HttpClient } from 'isomorphic-git';
import web from 'isomorphic-git/http/web';
import type { PublishDeps } from './open-remote';
import type { PublishDestination } from './publish-destination';
import { repoDir } from './repo-dir';

/** The IndexedDB database lightning-fs keeps every destination's local copy in. */
const FS_NAME = 'newsclip-publish';

let fs: FS | null = null;

/**
 * fetch without the browser's credentials: the token is sent in the Authorization header by `openRemote`,
 * and a 401 must come back as an answer (told as "the repository refused the token"), never open the
 * browser's own sign-in prompt over the page (Chromium prompts for a credentialed request's Basic
 * challenge; headless, the request would hang). No HTTP cache either: a ref advertisement must be fresh.
 */
const http: HttpClient = {
  request: (request) => web.request({ ...request, fetchOptions: { credentials: 'omit', cache: 'no-store' } }),
};

/**
 * The real dependencies of publishing in the extension: lightning-fs over IndexedDB and isomorphic-git's
 * fetch-based HTTP client. Used by the library page, not the background: an MV3 service worker is ended
 * after ~30 s without events, which a push of a large blog outlasts, and the page is where the progress,
 * Cancel and the conflict choices are shown anyway. One FS instance per page: lightning-fs caches its
 * superblock, and two instances on the same database in one page would overwrite each other's writes.
 */
export function browserPublishDeps(destination: Pick<PublishDestination, 'url' | 'branch'>): PublishDeps {
  fs ??= new FS(FS_NAME);
  return { fs, http, gitdir: repoDir(destination) };
}
