import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the shared corpus lives and how its three folders are laid out (see the corpus README). Pages are
 * read in place, never copied into the project.
 */
export function corpusRoot(): string {
  return path.resolve(process.cwd(), process.env.NEWSCLIP_CORPUS ?? '../shared/corpus');
}

/** Exits with a clear message when a corpus folder is missing (the corpus is not part of the repo). */
export function requireCorpusDirs(root: string, folders: string[]): void {
  const missing = folders.filter((f) => !existsSync(path.join(root, f)));
  if (missing.length === 0) return;
  console.error(
    `Corpus not found: missing ${missing.map((f) => path.join(root, f)).join(', ')}.\n` +
      'Set NEWSCLIP_CORPUS to the corpus folder (default ../shared/corpus relative to the project root).',
  );
  process.exit(1);
}

export function readBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

export interface TrafilaturaPage {
  /** The evaldata key: the page's URL, or `hard::`/`recall::` + file name for a few pages. */
  key: string;
  /** An http(s) URL for the page (the key when it is one). */
  url: string;
  file: string;
  with: string[];
  without: string[];
  title?: string;
  author?: string | string[];
  date?: string;
}

interface EvalEntry {
  file: string;
  with?: string[];
  without?: string[];
  title?: unknown;
  author?: unknown;
  date?: unknown;
}

const label = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

export function loadTrafilatura(root: string): TrafilaturaPage[] {
  const dir = path.join(root, 'trafilatura-eval');
  const data = JSON.parse(readFileSync(path.join(dir, 'evaldata.json'), 'utf8')) as Record<string, EvalEntry>;
  return Object.entries(data).map(([key, entry]) => {
    const author = Array.isArray(entry.author)
      ? entry.author.filter((a): a is string => typeof a === 'string' && a.trim() !== '')
      : label(entry.author);
    return {
      key,
      url: /^https?:\/\//i.test(key) ? key : `http://fakehost/trafilatura/${encodeURIComponent(entry.file)}`,
      file: path.join(dir, 'pages', entry.file),
      with: entry.with ?? [],
      without: entry.without ?? [],
      title: label(entry.title),
      author: Array.isArray(author) && author.length === 0 ? undefined : author,
      date: label(entry.date),
    };
  });
}

export interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
}

export interface ReadabilityPage {
  name: string;
  /** The URL Readability's own test suite uses for every page. */
  url: string;
  source: string;
  expected: string;
  metadata: ReadabilityMetadata;
}

export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

export function loadReadabilityPages(root: string): ReadabilityPage[] {
  const dir = path.join(root, 'readability-test-pages');
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .filter((name) => existsSync(path.join(dir, name, 'source.html')))
    .sort()
    .map((name) => {
      const metaFile = path.join(dir, name, 'expected-metadata.json');
      return {
        name,
        url: READABILITY_TEST_URL,
        source: path.join(dir, name, 'source.html'),
        expected: path.join(dir, name, 'expected.html'),
        metadata: existsSync(metaFile)
          ? (JSON.parse(readFileSync(metaFile, 'utf8')) as ReadabilityMetadata)
          : {},
      };
    });
}

export interface FixturePage {
  name: string;
  url: string;
  source: string;
}

/** Defuddle's fixtures; a fixture may name its URL in a leading `<!-- {"url":"…"} -->` comment. */
export function loadDefuddleFixtures(root: string): FixturePage[] {
  const dir = path.join(root, 'defuddle-fixtures', 'fixtures');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const source = path.join(dir, name);
      const head = readFileSync(source, 'utf8').slice(0, 1000);
      const url = /<!--\s*\{\s*"url"\s*:\s*"([^"]+)"/.exec(head)?.[1];
      const fallback = `https://example.com/${encodeURIComponent(name.replace(/\.html$/, ''))}`;
      return {
        name: name.replace(/\.html$/, ''),
        url: url && /^https?:\/\//.test(url) ? url : fallback,
        source,
      };
    });
}
