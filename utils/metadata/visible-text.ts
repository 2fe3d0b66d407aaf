import { collapse } from '../text/collapse';

/** Elements whose text no reader sees: textContent includes them (a JSON-LD script names the author too). */
const UNSEEN = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

/** An element's text without scripts, styles and templates, whitespace collapsed. */
export function visibleText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !UNSEEN.test((child as Element).tagName)) walk(child);
    }
    parts.push(' ');
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ');
}

/**
 * Whether any of the names (joinAuthors' "A, B") is printed in the page: in the headline's container, else
 * anywhere in the body, ignoring case. A metadata author the page never prints is often the CMS account that
 * posted the story, not its writer.
 */
export function printsName(doc: Document, container: Element | null, author: string): boolean {
  const names = author
    .split(', ')
    .map((name) => collapse(name).toLowerCase())
    .filter(Boolean);
  if (!names.length) return false;
  for (const scope of [container, doc.body]) {
    if (!scope) continue;
    const text = visibleText(scope).toLowerCase();
    if (names.some((name) => text.includes(name))) return true;
  }
  return false;
}

/** Elements named as a person's name or an author's: where a page prints the writer's full name. */
const NAME_CLASS = /name|author|byline/i;

/**
 * The full name a page prints for a metadata author that is only a first name ("Todd" → `<p
 * class="full-name">Todd Bates</p>`, "Stefanus" → an author bio "Stefanus Stahl - Maschinenbauer, …"): an
 * element named as a name or author whose text is that first name and one surname, alone or before a dash,
 * comma or bracket, in the headline's container, else in the body; null when the page prints none.
 */
export function fullNameInPage(doc: Document, container: Element | null, first: string): string | null {
  const name = first.trim();
  // A first name: capitalised, not an acronym ("BDZV", "EFE", "AgE" are desks and agencies).
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return null;
  for (const scope of [container, doc.body]) {
    if (!scope) continue;
    for (const el of Array.from(scope.querySelectorAll('[class]'))) {
      if (!NAME_CLASS.test(el.getAttribute('class') ?? '')) continue;
      const text = collapse(el.textContent);
      const rest = text.startsWith(`${name} `) ? text.slice(name.length + 1) : '';
      // The name alone, or opening an author bio: "Stefanus Stahl - Maschinenbauer, Abenteurer …".
      const surname = /^(\p{Lu}\p{Ll}[\p{L}'’-]*)(?:$|\s+[-–—|(]|,)/u.exec(rest)?.[1];
      if (surname) return `${name} ${surname}`;
    }
  }
  return null;
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The name a page prints for a metadata author that is a CMS login ("christian.stadtfeld" → "Christian P.
 * Stadtfeld" in a caption): both parts, capitalised, with at most a middle initial between them, anywhere in
 * the document's visible text (not only `doc.body`: a page with stray tags before `<body>` may have several);
 * null for anything that is not a lower-case "first.last" / "first_last" login.
 */
export function fullNameOfLogin(doc: Document, login: string): string | null {
  const parts = /^(\p{Ll}{2,})[._](\p{Ll}{2,})$/u.exec(login.trim());
  if (!parts || !doc.documentElement) return null;
  const [first, last] = [capitalize(parts[1]!), capitalize(parts[2]!)];
  const found = new RegExp(`(?<![\\p{L}])${first}\\s+(?:\\p{Lu}\\.\\s+)?${last}(?![\\p{L}])`, 'u').exec(
    visibleText(doc.documentElement),
  );
  return found ? found[0].replace(/\s+/g, ' ') : null;
}
