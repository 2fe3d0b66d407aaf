import { all, collapse } from '../dom';

const normalize = (s: string): string =>
  collapse(s)
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Whether a heading repeats the title (also when the title has a " | Site" suffix). */
export function repeatsTitle(heading: string, title: string): boolean {
  const h = normalize(heading);
  const t = normalize(title);
  if (!h || !t) return false;
  return h === t || (t.startsWith(`${h} `) && h.length >= t.length * 0.6);
}

/**
 * Drops a leading heading that repeats the article title (the clip's frontmatter already has it). Only a
 * heading before any other text counts: the same words later in the body are content.
 */
export function removeTitleHeading(root: Element, title: string | undefined): void {
  if (!title?.trim()) return;
  const first = all(root, 'h1, h2, h3')[0];
  if (!first || !repeatsTitle(first.textContent ?? '', title)) return;
  // Text before the heading means it isn't leading.
  const text = collapse(root.textContent ?? '');
  const heading = collapse(first.textContent ?? '');
  if (text.indexOf(heading) > 0) return;
  first.parentNode?.removeChild(first);
}
