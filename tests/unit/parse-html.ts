import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

/** A document parsed as if loaded from `url`, so relative links resolve as they do in a tab. */
export function parseHtml(html: string, url: string): Document {
  const window = new Window({ url });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** A fixture page from tests/fixtures/, parsed as if loaded from `url`. */
export function loadFixture(name: string, url: string): Document {
  return parseHtml(readFileSync(`tests/fixtures/${name}`, 'utf8'), url);
}
