import { describe, expect, it } from 'vitest';
import { defaultContentFolder } from '../../../utils/publish/default-content-folder';
import { destinationOrigin } from '../../../utils/publish/destination-origin';
import { publishFiles } from '../../../utils/publish/publish-files';
import { sampleClip } from '../core/sample-clip';
import { publishDestinationSchema } from '../../../utils/publish/publish-destination';
import { repoDir } from '../../../utils/publish/repo-dir';

const base = {
  url: 'https://github.com/me/blog.git',
  folder: 'src/data/blog',
  authorName: 'Me',
  authorEmail: 'me@example.com',
};
const problems = (input: object) =>
  publishDestinationSchema.safeParse({ ...base, ...input }).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('publish destination', () => {
  it('fills defaults and writes the folder with one trailing slash', () => {
    expect(publishDestinationSchema.parse({ ...base, folder: '/src/data/blog//' })).toEqual({
      ...base,
      folder: 'src/data/blog/',
      branch: 'main',
      profile: 'astro-paper',
      username: 'x-access-token',
    });
    expect(publishDestinationSchema.parse({ ...base, folder: '' }).folder).toBe('');
  });

  it('takes https anywhere, plain http only on this machine, and never credentials in the address', () => {
    expect(problems({ url: 'http://127.0.0.1:8080/blog.git' })).toEqual([]);
    expect(problems({ url: 'http://localhost/blog.git' })).toEqual([]);
    expect(problems({ url: 'http://git.example/blog.git' })).toEqual(['url']);
    expect(problems({ url: 'https://me:ghp_secret@github.com/me/blog.git' })).toEqual(['url']);
    expect(problems({ url: 'file:///home/me/blog' })).toEqual(['url']);
  });

  it('refuses branch names git refuses, and folders that leave the repository', () => {
    for (const branch of ['main', 'gh-pages', 'feature/posts']) expect(problems({ branch })).toEqual([]);
    for (const branch of ['', 'a..b', '-x', 'x.lock', 'a b', 'x/', 'HEAD', 'a~1', 'a:b'])
      expect(problems({ branch }), branch).toEqual(['branch']);
    for (const folder of ['../outside', 'src/../..', '.git/hooks', 'a\\b'])
      expect(problems({ folder }), folder).toEqual(['folder']);
  });

  it('follows the profile with a content folder of its blog', () => {
    expect(defaultContentFolder('astro-paper')).toBe('src/data/blog/');
    expect(defaultContentFolder('astro-paper-6')).toBe('src/content/posts/');
    expect(defaultContentFolder('hugo')).toBe('content/posts/');
    expect(defaultContentFolder('jekyll')).toBe('_posts/');
  });

  it('writes AstroPaper v6 posts as v5 ones, in src/content/posts/', () => {
    const clip = sampleClip({ slug: 'night-ferry-returns', title: 'Night ferry returns' });
    const [v5] = publishFiles([clip], { profile: 'astro-paper', folder: 'src/data/blog/' });
    const [v6] = publishFiles([clip], { profile: 'astro-paper-6', folder: 'src/content/posts/' });
    expect(v5?.path).toBe('src/data/blog/night-ferry-returns.md');
    expect(v6?.path).toBe('src/content/posts/night-ferry-returns.md');
    expect(v6?.text).toBe(v5?.text);
    expect(v6?.text).toMatch(/^---\n(.*\n)*pubDatetime: /);
  });

  it('asks for the remote’s one host, on any port', () => {
    expect(destinationOrigin('https://github.com/me/blog.git')).toBe('https://github.com/*');
    expect(destinationOrigin('http://127.0.0.1:8123/blog.git')).toBe('http://127.0.0.1/*');
  });

  it('keeps one local copy per repository and branch', () => {
    const dir = repoDir({ url: base.url, branch: 'main' });
    expect(dir).toMatch(/^\/repos\/[0-9a-f]{16}$/);
    expect(repoDir({ url: `${base.url}/`, branch: 'main' })).toBe(dir);
    expect(repoDir({ url: base.url, branch: 'drafts' })).not.toBe(dir);
  });
});
