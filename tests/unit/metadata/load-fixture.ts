import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Node's path helpers, not `new URL(…)`: happy-dom replaces the global URL in the test environment.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/news');
/** Small pages of this folder's own, one per metadata rule. */
const METADATA_FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/metadata');

/** Reads tests/fixtures/news/<name> as text. */
export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Parses HTML the way the tests' DOM (happy-dom) does. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Parses tests/fixtures/news/<name>. */
export function loadFixture(name: string): Document {
  return parseHtml(fixtureHtml(name));
}

/** Parses tests/fixtures/metadata/<name>. */
export function loadMetadataFixture(name: string): Document {
  return parseHtml(readFileSync(join(METADATA_FIXTURES, name), 'utf8'));
}
