// `npm run test:blogs` (with the Astro build): exports the blog clips with the Hugo and Jekyll profiles,
// builds each with Debian's real engine (`.ci/run` installs them) and checks every post's page.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { ProfileId } from '../../utils/export/export-options';
import { exportZip } from '../../utils/export/export-zip';
import { hostileClips } from '../astro-site/hostile-clips';
import { blogClips } from './blog-clips';
import { type BuiltPost, checkPosts, expectedTexts, frontmatterOf } from './check-posts';

type Engine = {
  profile: ProfileId;
  command: string;
  args: (site: string) => string[];
  /** The page built from a post, from its path in the zip and its frontmatter. */
  page: (site: string, file: string, frontmatter: Record<string, unknown>) => string;
  selector: string;
  builtText?: (text: string) => string;
};

const engines: Engine[] = [
  {
    profile: 'hugo',
    command: 'hugo',
    // Drafts and future dates too: the check is that every exported clip builds.
    args: (site) => ['--source', site, '--buildDrafts', '--buildFuture', '--quiet'],
    page: (site, _file, fm) => path.join(site, 'public/posts', String(fm.slug), 'index.html'),
    selector: '#post-body',
    // A shortcode delimiter left open in code is kept apart by a zero-width space (hugo-shortcodes.ts).
    builtText: (text) => text.replace(/\{\{\u200B([<%])/g, '{{$1'),
  },
  {
    profile: 'jekyll',
    command: 'jekyll',
    args: (site) => [
      'build',
      '--source',
      site,
      '--destination',
      `${site}/_site`,
      '--unpublished',
      '--future',
      '--quiet',
    ],
    // The URL's day must be the file name's: `2018-12-22-x.md` → /2018/12/22/x.html.
    page: (site, file) => {
      const [, y, m, d, name] = /(\d{4})-(\d{2})-(\d{2})-(.+)\.md$/.exec(file) ?? [];
      return path.join(site, '_site', `${y}/${m}/${d}`, `${name}.html`);
    },
    selector: '.post-content',
  },
];

const clips = blogClips();
const expected = expectedTexts(clips);
// Generated hostile pages (shortcode and Liquid fragments among them) must build too; their text isn't
// compared: on such pathological Markdown renderers legitimately differ (see the Astro build).
const hostile = hostileClips(40);
let failed = 0;
for (const engine of engines) {
  const site = path.resolve('test-results/blogs', engine.profile);
  rmSync(site, { recursive: true, force: true });
  cpSync(path.resolve(`tests/blogs/${engine.profile}-site`), site, { recursive: true });
  const zip = await exportZip([...clips, ...hostile], { profile: engine.profile });
  writeFileSync(`${site}-export.zip`, zip);
  const contentDir = engine.profile === 'hugo' ? path.join(site, 'content') : site;
  const posts: BuiltPost[] = [];
  for (const [file, bytes] of Object.entries(unzipSync(zip))) {
    mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
    writeFileSync(path.join(contentDir, file), bytes);
    const fm = frontmatterOf(bytes);
    const canonicalURL = String(fm.canonicalURL ?? fm.canonical_url);
    posts.push({ file, canonicalURL, page: engine.page(site, file, fm) });
  }
  const build = spawnSync(engine.command, engine.args(site), { stdio: 'inherit' });
  if (build.error || build.status !== 0) {
    console.error(
      `${engine.command} failed (${build.error?.message ?? `exit ${build.status}`}) on the export`,
    );
    failed += posts.length;
    continue;
  }
  const isHostile = (post: BuiltPost) => post.canonicalURL.startsWith('https://hostile.example/');
  failed += checkPosts(
    engine.command,
    posts.filter((post) => !isHostile(post)),
    expected,
    engine.selector,
    engine.builtText,
  );
  const unbuilt = posts.filter((post) => isHostile(post) && !existsSync(post.page));
  for (const post of unbuilt) console.error(`${engine.command}: ${post.file}: not built`);
  console.log(
    `${engine.command}: ${hostile.length - unbuilt.length} of ${hostile.length} hostile pages built`,
  );
  failed += unbuilt.length;
}
process.exit(failed === 0 ? 0 : 1);
