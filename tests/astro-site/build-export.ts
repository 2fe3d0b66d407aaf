// Part of `npm run test:blogs`: builds Newsclip's export with Astro itself. Exports the blog clips
// (tests/blogs/blog-clips.ts) and generated hostile pages as the AstroPaper zip the extension downloads,
// unpacks it into a minimal Astro site whose content collection uses AstroPaper's schema, runs `astro
// build`, and checks each post's page: built, with the post's exact text, and only safe elements.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Clip } from '../../utils/clip-schema';
import { exportZip } from '../../utils/export/export-zip';
import { unsafeParts } from '../unit/security/inert-html';
import { blogClips } from '../blogs/blog-clips';
import { checkPosts, expectedTexts, frontmatterOf } from '../blogs/check-posts';
import { hostileClips } from './hostile-clips';

const site = path.resolve('tests/astro-site');
const clips: Clip[] = blogClips();
const hostile = hostileClips(40);
clips.push(...hostile);

const zip = await exportZip(clips, { profile: 'astro-paper' });
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/astro-export.zip', zip);
const blogDir = path.join(site, 'src/data/blog');
rmSync(blogDir, { recursive: true, force: true });
rmSync(path.join(site, 'dist'), { recursive: true, force: true });
mkdirSync(blogDir, { recursive: true });
const files = Object.entries(unzipSync(zip));
for (const [name, bytes] of files) writeFileSync(path.join(blogDir, path.basename(name)), bytes);

const astro = path.join(site, 'node_modules/.bin/astro');
if (!existsSync(astro))
  throw new Error(
    'Astro is not installed: run `npm ci --prefix tests/astro-site` (npm run test:blogs does).',
  );
const build = spawnSync(astro, ['build'], {
  cwd: site,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) {
  console.error(`astro build failed (exit ${build.status}) on the exported posts`);
  process.exit(1);
}
const posts = files.map(([name, bytes]) => ({
  file: name,
  canonicalURL: String(frontmatterOf(bytes).canonicalURL),
  page: path.join(site, 'dist/posts', path.basename(name, '.md'), 'index.html'),
}));
// Generated hostile pages are pathological Markdown on which renderers legitimately differ (marked and
// remark pair `~~` and `**` differently): they are checked for being built, and inert, not for their text.
const hostileURLs = new Set(hostile.map((clip) => clip.canonicalURL));
let failed = checkPosts(
  'astro',
  posts.filter((post) => !hostileURLs.has(post.canonicalURL)),
  expectedTexts(clips.filter((clip) => !hostileURLs.has(clip.canonicalURL))),
  '#post-body',
);
for (const post of posts.filter((p) => hostileURLs.has(p.canonicalURL) && !existsSync(p.page))) {
  failed++;
  console.error(`astro: ${post.file}: not built`);
}
console.log(`(the AstroPaper export: test-results/astro-export.zip)`);

// The posts of generated hostile pages, as Astro built them: only safe elements and attributes.
let unsafe = 0;
for (const clip of hostile) {
  const page = path.join(site, 'dist/posts', clip.slug, 'index.html');
  if (!existsSync(page)) continue; // counted above
  const body = /<main id="post-body">([\s\S]*)<\/main>/.exec(readFileSync(page, 'utf8'))?.[1] ?? '';
  const parts = unsafeParts(body);
  if (parts.length) {
    unsafe++;
    console.error(`${clip.slug}: ${parts.join(', ')}`);
  }
}
console.log(`${hostile.length - unsafe} of ${hostile.length} hostile pages built inert`);
process.exit(failed + unsafe === 0 ? 0 : 1);
