// What a rendered post may contain: the elements and attributes Markdown itself produces, nothing a page
// could have smuggled in. Used on marked's rendering (unit tests) and on Astro's build (npm run test:blogs).
import { parseHTML } from 'linkedom';

// Renderer additions are inert and listed too: Astro's heading ids, Shiki's styled spans, GFM footnotes.
const FOOTNOTE = [
  'id',
  'class',
  'data-footnote-ref',
  'data-footnote-backref',
  'aria-describedby',
  'aria-label',
];
const SAFE_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'title', ...FOOTNOTE],
  img: ['src', 'alt', 'title', 'loading', 'decoding', 'width', 'height'],
  section: ['class', 'data-footnotes'],
  sup: [],
  li: ['class', 'id'],
  code: ['class'],
  pre: ['class', 'style', 'tabindex', 'data-language'],
  span: ['style', 'class'],
  ol: ['start'],
  ul: ['class'],
  th: ['align', 'style'],
  td: ['align', 'style'],
  input: ['type', 'checked', 'disabled'],
  h1: ['id'],
  h2: ['id', 'class'],
  h3: ['id'],
  h4: ['id'],
  h5: ['id'],
  h6: ['id'],
};
const SAFE_TAGS = new Set([
  ...Object.keys(SAFE_ATTRIBUTES),
  'p',
  'br',
  'hr',
  'em',
  'strong',
  'del',
  's',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
]);
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const MEDIA_SCHEMES = new Set(['http:', 'https:']);

function schemeAllowed(value: string, allowed: ReadonlySet<string>): boolean {
  try {
    return allowed.has(new URL(value, 'https://base.example/').protocol);
  } catch {
    return false;
  }
}

/** Every element or attribute outside the safe list in an HTML fragment, described; [] when inert. */
export function unsafeParts(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  const root = document.getElementById('root')!;
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*')) as Element[]) {
    const tag = el.tagName.toLowerCase();
    if (!SAFE_TAGS.has(tag)) {
      found.push(`<${tag}>`);
      continue;
    }
    for (const { name, value } of Array.from(el.attributes)) {
      const attr = name.toLowerCase();
      if (!(SAFE_ATTRIBUTES[tag] ?? []).includes(attr)) found.push(`<${tag} ${attr}>`);
      else if (attr === 'href' && !schemeAllowed(value, LINK_SCHEMES)) found.push(`<a href="${value}">`);
      else if (attr === 'src' && !schemeAllowed(value, MEDIA_SCHEMES)) found.push(`<img src="${value}">`);
      else if (attr === 'style' && /url\(|expression|javascript/i.test(value)) found.push(`style="${value}"`);
      else if (tag === 'input' && attr === 'type' && value !== 'checkbox')
        found.push(`<input type=${value}>`);
    }
  }
  return found;
}

/** `{{` or `{%` left in a Markdown file's text (outside code) would be run by Hugo or Jekyll. */
export const TEMPLATE_DELIMITER = /\{[{%]/;
