import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { git } from './git-repos';

const ASTRO_MODULES = path.resolve('tests/astro-site/node_modules');

export type BuiltCheckout = {
  /** The clone's folder (remove it when done). */
  dir: string;
  /** The slugs of the post pages Astro built (`dist/posts/<slug>/index.html`). */
  pages: string[];
  /** A built post page's HTML. */
  page(slug: string): string;
};

/**
 * Clones `rev` of the bare repository with the git command line, as the blog's own CI would, and builds
 * the checkout with Astro (tests/astro-site's, linked in as its node_modules: the site's package.json
 * names no dependencies, so a registry is not needed). Throws with Astro's output when the build fails.
 */
export function buildCheckout(bare: string, rev = 'main'): BuiltCheckout {
  const astro = path.join(ASTRO_MODULES, '.bin/astro');
  if (!existsSync(astro)) {
    throw new Error('Astro is not installed: run `npm ci --prefix tests/astro-site` (.ci/run does).');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'newsclip-checkout-'));
  git(['clone', '--quiet', bare, dir]);
  git(['checkout', '--quiet', rev], dir);
  symlinkSync(ASTRO_MODULES, path.join(dir, 'node_modules'), 'dir');
  const build = spawnSync(astro, ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) {
    throw new Error(`astro build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  }
  const posts = path.join(dir, 'dist/posts');
  return {
    dir,
    pages: existsSync(posts) ? readdirSync(posts).sort() : [],
    page: (slug) => readFileSync(path.join(posts, slug, 'index.html'), 'utf8'),
  };
}
