import type { MetadataCandidate } from './metadata-candidate';
import { decodeEntities } from './decode-entities';
import { collapse } from '../text/collapse';

/**
 * schema.org JSON-LD: every `<script type="application/ld+json">` is parsed (tolerating comment/CDATA wrappers,
 * raw newlines in strings and trailing commas), flattened across arrays, `@graph` and nesting, and the best
 * article-like node is read. WebPage/WebSite nodes only count when the page has no article node.
 */

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** Types that are the article itself; anything ending in Article/Posting (OpinionNewsArticle, LiveBlogPosting…). */
const ARTICLE_TYPE = /(article|posting|reportagenews|report|review|recipe|blog|episode|videoobject|howto)$/i;
/** Page-level types: their dates describe the web page, a fallback only. */
const PAGE_TYPE = /^(webpage|itempage|collectionpage|aboutpage|profilepage|qapage|faqpage|medicalwebpage)$/i;

function parseScript(text: string): unknown {
  const cleaned = text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
  if (!cleaned) return undefined;
  try {
    return JSON.parse(cleaned);
  } catch {
    // Hand-written JSON-LD often has raw line breaks inside strings and trailing commas.
    try {
      return JSON.parse(cleaned.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

/** Typed ld+json, or an untyped script whose body is plainly JSON-LD (some CMSs omit the type). */
function isJsonLdScript(script: Element): boolean {
  const type = script.getAttribute('type')?.trim().toLowerCase();
  if (type === 'application/ld+json') return true;
  if (type && type !== 'text/javascript' && type !== 'application/json') return false;
  const start = (script.textContent ?? '').slice(0, 200).trimStart();
  return /^(?:<!--\s*)?[[{]\s*"@(?:context|graph|type)"/.test(start);
}

function types(node: JsonObject): string[] {
  return asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(https?:\/\/)?schema\.org\//i, ''));
}

interface FlatNode {
  node: JsonObject;
  depth: number;
}

/** Walks the parsed JSON once, recording every typed object (with its nesting depth) and every `@id`. */
function flatten(roots: unknown[]): { nodes: FlatNode[]; byId: Map<string, JsonObject> } {
  const nodes: FlatNode[] = [];
  const byId = new Map<string, JsonObject>();
  const queue: FlatNode[] = [];
  for (const root of roots)
    for (const item of asArray(root)) if (isObject(item)) queue.push({ node: item, depth: 0 });
  // Breadth-first (top-level nodes first), capped: product feeds can embed thousands of nodes.
  for (let i = 0; i < queue.length && i < 20_000; i++) {
    const current = queue[i];
    if (!current) break;
    const { node, depth } = current;
    if (typeof node['@id'] === 'string' && Object.keys(node).length > 1) byId.set(node['@id'], node);
    if (node['@type'] !== undefined) nodes.push(current);
    for (const [key, value] of Object.entries(node)) {
      // A @graph is the top level, not nesting.
      const childDepth = key === '@graph' ? depth : depth + 1;
      for (const child of asArray(value))
        if (isObject(child) && queue.length < 20_000) queue.push({ node: child, depth: childDepth });
    }
  }
  return { nodes, byId };
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return collapse(decodeEntities(value)) || undefined;
  if (typeof value === 'number') return String(value);
  if (isObject(value)) return text(value['@value'] ?? value.name);
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

function resolve(value: unknown, byId: Map<string, JsonObject>): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && value.name === undefined) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

function names(value: unknown, byId: Map<string, JsonObject>): string[] {
  return asArray(value).flatMap((item) => {
    const resolved = resolve(item, byId);
    if (typeof resolved === 'string') return [resolved];
    if (!isObject(resolved)) return [];
    const name =
      text(resolved.name) ??
      ([text(resolved.givenName), text(resolved.familyName)].filter(Boolean).join(' ') || undefined);
    return name ? [name] : [];
  });
}

function imageUrl(value: unknown, byId: Map<string, JsonObject>): string | undefined {
  for (const item of asArray(value)) {
    const resolved = resolve(item, byId);
    if (typeof resolved === 'string' && resolved.trim()) return resolved.trim();
    if (isObject(resolved)) {
      const url = text(resolved.url) ?? text(resolved.contentUrl);
      if (url) return url;
    }
  }
  return undefined;
}

function keywords(value: unknown): string[] {
  return asArray(value).flatMap((k) => {
    const t = text(k);
    return t ? [t] : [];
  });
}

/** mainEntityOfPage is a URL string or a WebPage whose @id / url is the page's address. */
function pageId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value)) return text(value['@id']) ?? text(value.url);
  return undefined;
}

/** Higher is better: article types, then top-level nodes, then completeness. */
function score({ node, depth }: FlatNode): number {
  const t = types(node);
  let s = 0;
  if (t.some((x) => ARTICLE_TYPE.test(x))) s += 100;
  else if (t.some((x) => PAGE_TYPE.test(x))) s += 10;
  else return -1;
  if (depth === 0) s += 20;
  if (node.headline || node.name) s += 2;
  if (node.datePublished) s += 2;
  if (node.author) s += 1;
  return s;
}

/** Reads schema.org JSON-LD from the document (`scripts`: its `<script>`s, when the caller has them). */
export function readJsonLd(
  doc: Document,
  scripts: readonly Element[] = Array.from(doc.querySelectorAll('script')),
): MetadataCandidate {
  const roots = scripts.filter(isJsonLdScript).map((script) => parseScript(script.textContent ?? ''));
  const { nodes, byId } = flatten(roots);
  let best: FlatNode | undefined;
  let bestScore = 0;
  for (const candidate of nodes) {
    const s = score(candidate);
    if (s > bestScore) [best, bestScore] = [candidate, s];
  }
  const site = nodes.find(({ node }) => types(node).some((t) => /^website$/i.test(t)))?.node;
  const lang = text(best?.node.inLanguage) ?? text(site?.inLanguage);
  if (!best) return { siteName: text(site?.name), lang };
  const node = best.node;
  const publisher = resolve(node.publisher, byId);
  const isPage = bestScore < 100;
  return {
    title: text(node.headline) ?? text(node.name),
    authors: names(node.author ?? node.creator, byId),
    // A WebPage's dates are often the CMS's page dates, but still better than nothing.
    published: text(node.datePublished) ?? (isPage ? undefined : text(node.dateCreated)),
    modified: text(node.dateModified),
    description: text(node.description),
    keywords: keywords(node.keywords),
    section: keywords(node.articleSection).join(', ') || undefined,
    image: imageUrl(node.image ?? node.thumbnailUrl, byId),
    siteName: (isObject(publisher) ? text(publisher.name) : text(publisher)) ?? text(site?.name),
    url: text(node.url) ?? pageId(node.mainEntityOfPage),
    lang,
  };
}
