// `npm run test:astro`: builds Newsclip's export with Astro itself. Clips fixture pages with the production
// extraction, exports them as the AstroPaper zip the extension downloads, unpacks it into a minimal Astro
// site whose content collection uses AstroPaper's schema, runs `astro build`, and checks one page per clip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { parseDocument } from '../../scripts/bench/parse-document';
import { newClipFromExtraction } from '../../utils/clip/extraction-to-clip';
import { extractionSchema, type Clip } from '../../utils/clip-schema';
import { exportZip } from '../../utils/export/export-zip';
import { extractPage } from '../../utils/extract/extract-page';
import { defaultSettings } from '../../utils/settings-schema';
import { unsafeParts } from '../unit/security/inert-html';
import { hostileClips } from './hostile-clips';

const site = path.resolve('tests/astro-site');
const pages = [
  ...readdirSync('tests/fixtures/news')
    .filter((f) => /^article-.*\.html$/.test(f))
    .map((f) => `news/${f}`),
  'e2e/hostile-article.html',
  'e2e/ferry-article.html',
];
// Titles that break hand-written frontmatter, to prove Astro reads what Newsclip writes.
const trickyTitles = [
  'Foreign Media: Sora Emerges',
  'yes',
  '2024-01-01',
  '--- # "quoted" & *starred*',
  '新闻 😀 مرحبا',
];

const clips: Clip[] = [];
for (const file of pages) {
  const url = `https://fixtures.example/${file}`;
  const outcome = extractPage(parseDocument(readFileSync(`tests/fixtures/${file}`, 'utf8'), url), {
    url,
    mode: 'article',
  });
  if (!outcome.ok) throw new Error(`${file}: ${outcome.reason}`);
  clips.push(
    newClipFromExtraction(
      extractionSchema.parse(outcome.extraction),
      defaultSettings,
      '2026-01-01T00:00:00Z',
    ),
  );
}
trickyTitles.forEach((title, i) => {
  const base = clips[0]!;
  clips.push({
    ...base,
    title,
    slug: `tricky-${i + 1}`,
    canonicalURL: `https://fixtures.example/tricky/${i}`,
    tags: [],
  });
});

// The same headline from three sites: three posts. They once all said `slug: same-headline` (the files
// being x.md, x-2.md, x-3.md) and Astro, which keys posts by slug, built one of them without a word.
for (const site of ['north', 'south', 'east']) {
  clips.push({
    ...clips[0]!,
    title: 'Council approves the harbour budget',
    slug: 'council-approves-the-harbour-budget',
    canonicalURL: `https://${site}.fixtures.example/council-budget`,
  });
}

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
    'Astro is not installed: run `npm ci --prefix tests/astro-site` (npm run test:astro does).',
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
const built = files.filter(([name]) =>
  existsSync(path.join(site, 'dist/posts', path.basename(name, '.md'), 'index.html')),
);
const failed = files.length - built.length;
console.log(`Astro built ${built.length} of ${files.length} exported posts (test-results/astro-export.zip)`);

// The posts of generated hostile pages, as Astro built them: only safe elements and attributes.
let unsafe = 0;
for (const clip of hostile) {
  const page = path.join(site, 'dist/posts', clip.slug, 'index.html');
  if (!existsSync(page)) continue;
  const body = /<main id="post-body">([\s\S]*)<\/main>/.exec(readFileSync(page, 'utf8'))?.[1] ?? '';
  const parts = unsafeParts(body);
  if (parts.length) {
    unsafe++;
    console.error(`${clip.slug}: ${parts.join(', ')}`);
  }
}
console.log(`${hostile.length - unsafe} of ${hostile.length} hostile pages built inert`);
console.log(`${built.length - unsafe} passed, ${failed + unsafe} failed`);
process.exit(failed + unsafe === 0 ? 0 : 1);
