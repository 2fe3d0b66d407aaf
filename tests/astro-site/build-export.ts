// Part of `npm run test:blogs`: builds Newsclip's export with Astro itself. Exports the blog clips
// (tests/blogs/blog-clips.ts) and generated hostile pages as the zips the extension downloads for AstroPaper
// v5 and v6, unpacks each into a minimal Astro site whose content collections use that version's schema (v5:
// src/data/blog, v6: src/content/posts; see src/content.config.ts), runs one `astro build`, and checks each
// post's page: built, with the post's exact text, and only safe elements.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Clip } from '../../utils/clip-schema';
import type { ProfileId } from '../../utils/export/export-options';
import { exportZip } from '../../utils/export/export-zip';
import { unsafeParts } from '../unit/security/inert-html';
import { blogClips } from '../blogs/blog-clips';
import { type BuiltPost, checkPosts, expectedTexts, frontmatterOf } from '../blogs/check-posts';
import { hostileClips } from './hostile-clips';

/** One AstroPaper version: its export profile, the folder its posts go to, the route that builds them. */
type Version = { name: string; profile: ProfileId; contentDir: string; route: string };
const versions: Version[] = [
  { name: 'astro (AstroPaper v5)', profile: 'astro-paper', contentDir: 'src/data/blog', route: 'posts' },
  {
    name: 'astro (AstroPaper v6)',
    profile: 'astro-paper-6',
    contentDir: 'src/content/posts',
    route: 'posts-v6',
  },
];

const site = path.resolve('tests/astro-site');
const clips: Clip[] = blogClips();
const hostile = hostileClips(40);
clips.push(...hostile);
const hostileURLs = new Set(hostile.map((clip) => clip.canonicalURL));

mkdirSync('test-results', { recursive: true });
rmSync(path.join(site, 'dist'), { recursive: true, force: true });
const exported = new Map<Version, BuiltPost[]>();
for (const version of versions) {
  const zip = await exportZip(clips, { profile: version.profile });
  writeFileSync(`test-results/${version.profile}-export.zip`, zip);
  const dir = path.join(site, version.contentDir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = Object.entries(unzipSync(zip));
  for (const [name, bytes] of files) writeFileSync(path.join(dir, path.basename(name)), bytes);
  exported.set(
    version,
    files.map(([name, bytes]) => ({
      file: name,
      canonicalURL: String(frontmatterOf(bytes).canonicalURL),
      page: path.join(site, 'dist', version.route, path.basename(name, '.md'), 'index.html'),
    })),
  );
}

const astro = path.join(site, 'node_modules/.bin/astro');
if (!existsSync(astro))
  throw new Error(
    'Astro is not installed: run `npm install --prefix tests/astro-site` (npm run test:blogs does).',
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

let failed = 0;
for (const [version, posts] of exported) {
  // Generated hostile pages are pathological Markdown on which renderers legitimately differ (marked and
  // remark pair `~~` and `**` differently): they are checked for being built, and inert, not for their text.
  failed += checkPosts(
    version.name,
    posts.filter((post) => !hostileURLs.has(post.canonicalURL)),
    expectedTexts(clips.filter((clip) => !hostileURLs.has(clip.canonicalURL))),
    '#post-body',
  );
  let inert = 0;
  for (const post of posts.filter((p) => hostileURLs.has(p.canonicalURL))) {
    if (!existsSync(post.page)) {
      failed++;
      console.error(`${version.name}: ${post.file}: not built`);
      continue;
    }
    // The post as Astro built it: only safe elements and attributes.
    const html = readFileSync(post.page, 'utf8');
    const parts = unsafeParts(/<main id="post-body">([\s\S]*)<\/main>/.exec(html)?.[1] ?? '');
    if (parts.length) {
      failed++;
      console.error(`${version.name}: ${post.file}: ${parts.join(', ')}`);
    } else inert++;
  }
  console.log(`${version.name}: ${inert} of ${hostile.length} hostile pages built inert`);
  console.log(`(the export: test-results/${version.profile}-export.zip)`);
}
process.exit(failed === 0 ? 0 : 1);
