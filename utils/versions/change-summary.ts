import { diffArrays } from 'diff';
import { noteBlocks } from './find-corrections';
import { markdownBlocks } from './markdown-blocks';
import type { ChangeSummary } from './change-summary-schema';
import type { VersionContent } from './version-schema';

type Compared = Pick<VersionContent, 'title' | 'description' | 'author' | 'pubDatetime' | 'markdown'>;

/** Whether two versions say the same: an identical re-clip keeps no version. */
export function sameContent(a: Compared, b: Compared): boolean {
  return (
    a.title === b.title &&
    a.description === b.description &&
    a.author === b.author &&
    a.pubDatetime === b.pubDatetime &&
    a.markdown === b.markdown
  );
}

/**
 * What changed from `before` to `after`: the headline, standfirst, byline and date, and the paragraphs
 * added, removed and rewritten (a removed run followed by an added one is counted as rewritten, pair by
 * pair), and the notes newly appended.
 */
export function summarizeChange(before: Compared, after: Compared): ChangeSummary {
  let added = 0;
  let removed = 0;
  let edited = 0;
  let pendingRemoved = 0;
  const beforeBlocks = markdownBlocks(before.markdown);
  const afterBlocks = markdownBlocks(after.markdown);
  const known = new Set(noteBlocks(beforeBlocks).map((note) => note.block));
  const fresh = noteBlocks(afterBlocks).filter((note) => !known.has(note.block));
  // A new note is said as such, not counted among the paragraphs (nor paired with a removed one).
  const freshBlocks = new Set(fresh.map((note) => note.block));
  const body = afterBlocks.filter((block) => !freshBlocks.has(block));
  for (const part of diffArrays(beforeBlocks, body)) {
    const count = part.count ?? part.value.length;
    if (part.removed) pendingRemoved += count;
    else if (part.added) {
      const paired = Math.min(pendingRemoved, count);
      edited += paired;
      removed += pendingRemoved - paired;
      added += count - paired;
      pendingRemoved = 0;
    } else {
      removed += pendingRemoved;
      pendingRemoved = 0;
    }
  }
  removed += pendingRemoved;
  return {
    headline: before.title !== after.title,
    description: before.description !== after.description,
    author: before.author !== after.author,
    date: before.pubDatetime !== after.pubDatetime,
    added,
    removed,
    edited,
    notes: fresh.map((note) => note.kind),
  };
}
