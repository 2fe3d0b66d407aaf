import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The page that renders each post (`/posts/<slug>/`) in the AstroPaper-shaped site. */
export const SITE_POST_PAGE = 'src/pages/posts/[...slug].astro';

/** The post an AstroPaper-shaped site holds before Newsclip publishes anything. */
export const EXISTING_POST_PATH = 'src/data/blog/hello-world.md';
export const EXISTING_POST = `---
author: Site Owner
pubDatetime: 2025-01-02T10:00:00Z
title: Hello world
slug: hello-world
featured: false
draft: false
tags:
  - others
description: The first post of this blog, written by hand.
---

Welcome to the blog.
`;

const astroSite = (file: string) =>
  readFileSync(path.join(import.meta.dirname, '../astro-site', file), 'utf8');

/**
 * A minimal AstroPaper v5 site: its content folder with one post, package.json, and tests/astro-site's
 * config, content schema (AstroPaper's) and post page, so a checkout builds with Astro as the blog would.
 */
const ASTRO_PAPER_SITE: Record<string, string> = {
  [EXISTING_POST_PATH]: EXISTING_POST,
  'package.json': `${JSON.stringify({ name: 'my-blog', private: true, type: 'module' }, null, 2)}\n`,
  'astro.config.mjs': astroSite('astro.config.mjs'),
  'src/content.config.ts': astroSite('src/content.config.ts'),
  [SITE_POST_PAGE]: astroSite(SITE_POST_PAGE),
};

/** Fixed identity and dates, so runs are reproducible and no global git config is needed. */
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Site Owner',
  GIT_AUTHOR_EMAIL: 'owner@blog.example',
  GIT_COMMITTER_NAME: 'Site Owner',
  GIT_COMMITTER_EMAIL: 'owner@blog.example',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir(),
};

/** Runs the git command line; returns its standard output. */
export function git(args: readonly string[], cwd?: string): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * A bare repository `<root>/<name>.git` with `http.receivepack` on. `site` fills its `branch` with the
 * AstroPaper-shaped site in one commit; `empty` leaves it without any commit or branch.
 */
export function createBareRepo(
  root: string,
  name: string,
  content: 'site' | 'empty',
  branch = 'main',
): string {
  const bare = path.join(root, `${name}.git`);
  git(['init', '--quiet', '--bare', `--initial-branch=${branch}`, bare]);
  git(['config', 'http.receivepack', 'true'], bare);
  if (content === 'site') commitToBare(bare, branch, ASTRO_PAPER_SITE, 'Initial site');
  return bare;
}

/**
 * Commits `files` (path → text; null deletes) onto `branch` of the bare repository from a clone of its own,
 * as another person or browser would: the way to edit a post "in the repo" or race a push.
 */
export function commitToBare(
  bare: string,
  branch: string,
  files: Record<string, string | null>,
  message: string,
): string {
  const work = mkdtempSync(path.join(tmpdir(), 'newsclip-clone-'));
  try {
    git(['clone', '--quiet', bare, work]);
    const hasBranch = git(['ls-remote', '--heads', 'origin', branch], work).trim() !== '';
    git(hasBranch ? ['checkout', '--quiet', branch] : ['checkout', '--quiet', '--orphan', branch], work);
    for (const [file, text] of Object.entries(files)) {
      if (text === null) git(['rm', '--quiet', file], work);
      else {
        mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
        writeFileSync(path.join(work, file), text);
        git(['add', file], work);
      }
    }
    git(['commit', '--quiet', '-m', message], work);
    git(['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`], work);
    return git(['rev-parse', 'HEAD'], work).trim();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The commits of `branch`, newest first (by history: commits made in the same second tie on dates). */
export function gitLog(bare: string, branch = 'main'): { hash: string; author: string; subject: string }[] {
  return git(['log', '--topo-order', '--format=%H%x09%an <%ae>%x09%s', branch], bare)
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [hash = '', author = '', subject = ''] = line.split('\t');
      return { hash, author, subject };
    });
}

/** Every file path in the tree of `rev`, sorted. */
export function gitLsTree(bare: string, rev = 'main'): string[] {
  return git(['ls-tree', '-r', '--name-only', rev], bare).trim().split('\n').filter(Boolean).sort();
}

/** A file's text at `rev`. */
export function gitShow(bare: string, rev: string, file: string): string {
  return git(['show', `${rev}:${file}`], bare);
}

/** A file's bytes at `rev` (an image: not text). */
export function gitShowBytes(bare: string, rev: string, file: string): Uint8Array {
  return new Uint8Array(
    execFileSync('git', ['show', `${rev}:${file}`], { cwd: bare, env: { ...process.env, ...GIT_ENV } }),
  );
}

/** The paths a commit changed, with git's status letter (A, M, D). */
export function gitChanged(bare: string, rev = 'main'): string[] {
  return git(['show', '--format=', '--name-status', rev], bare)
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/\t/, ' '));
}

/** Installs a server-side hook (`pre-receive` …) in the bare repository: a shell script. */
export function installHook(bare: string, name: string, script: string): void {
  const file = path.join(bare, 'hooks', name);
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, 0o755);
}
