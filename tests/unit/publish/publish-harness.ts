import FS from '@isomorphic-git/lightning-fs';
import http from 'isomorphic-git/http/web';
import { mkdtempSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Clip } from '../../../utils/clip-schema';
import type { PublishDeps } from '../../../utils/publish/open-remote';
import { PublishError } from '../../../utils/publish/publish-error';
import {
  publishDestinationSchema,
  type PublishDestination,
} from '../../../utils/publish/publish-destination';
import { startGitServer, type GitServer } from '../../git-server/git-http-server';
import { createBareRepo } from '../../git-server/git-repos';
import { sampleClip } from '../core/sample-clip';

export const TOKEN = 'ghp_S3cretT0kenThatMustNeverLeak1234';

export type Harness = {
  server: GitServer;
  root: string;
  /** A bare repository under the server's root: the site, or empty. */
  repo(name: string, content: 'site' | 'empty'): { bare: string; destination: PublishDestination };
  close(): Promise<void>;
};

/** A real git server over a temporary folder of bare repositories. */
export async function startHarness(): Promise<Harness> {
  const root = mkdtempSync(path.join(tmpdir(), 'newsclip-git-'));
  const server = await startGitServer(root, TOKEN);
  return {
    server,
    root,
    repo(name, content) {
      const bare = createBareRepo(root, name, content);
      return { bare, destination: destinationFor(server.repoUrl(name)) };
    },
    async close() {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * A test file's harness: started before its tests, closed after them. Used as the harness itself
 * (`harness.repo(…)`, `harness.server`), read when a test runs.
 */
export function harnessForFile(): Pick<Harness, 'repo' | 'server' | 'root'> {
  let started: Harness | null = null;
  beforeAll(async () => {
    started = await startHarness();
  });
  afterAll(() => started?.close());
  const current = (): Harness => {
    if (!started) throw new Error('the git server is not started: use the harness inside a test');
    return started;
  };
  return {
    repo: (name, content) => current().repo(name, content),
    get server() {
      return current().server;
    },
    get root() {
      return current().root;
    },
  };
}

/** The PublishError a call rejects with, with everything it printed to the console meanwhile. */
export async function failure(
  run: () => Promise<unknown>,
): Promise<{ error: PublishError; printed: string }> {
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation(() => {}),
  );
  try {
    await run();
  } catch (error) {
    const printed = spies
      .flatMap((spy) => spy.mock.calls.flat())
      .map(String)
      .join('\n');
    expect(error).toBeInstanceOf(PublishError);
    return { error: error as PublishError, printed };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  throw new Error('expected the call to fail');
}

export function destinationFor(url: string, branch = 'main'): PublishDestination {
  return publishDestinationSchema.parse({
    url,
    branch,
    folder: 'src/data/blog',
    profile: 'astro-paper',
    authorName: 'Newsclip Tester',
    authorEmail: 'tester@example.com',
  });
}

let browsers = 0;

/**
 * A browser's storage for publishing: lightning-fs over (fake) IndexedDB, as in the extension, fresh for
 * each call (a second browser, or a first run), with the web HTTP client on fetch.
 */
export function browserDeps(): PublishDeps {
  const fs = new FS(`newsclip-publish-test-${++browsers}`, { wipe: true });
  return { fs, http, gitdir: '/repo' };
}

/** Two clips of different pages, as a library holds them. */
export function twoClips(): Clip[] {
  return [
    sampleClip({
      url: 'https://news.example/harbour',
      canonicalURL: 'https://news.example/harbour',
      title: 'Harbour council votes for tidal power',
      slug: 'harbour-council-votes-for-tidal-power',
      tags: ['energy'],
      markdown: 'After a nine-hour session the council approved the barrage.',
    }),
    sampleClip({
      url: 'https://news.example/ferry',
      canonicalURL: 'https://news.example/ferry',
      title: 'Night ferry returns',
      slug: 'night-ferry-returns',
      pubDatetime: '2024-02-01T06:00:00Z',
      modDatetime: null,
      tags: ['transport', 'islands'],
      markdown: 'The night ferry sails again from May.\n\n## Timetable\n\nTwice a week.',
    }),
  ];
}

export const HARBOUR_PATH = 'src/data/blog/harbour-council-votes-for-tidal-power.md';
export const FERRY_PATH = 'src/data/blog/night-ferry-returns.md';
