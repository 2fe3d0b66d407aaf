import { alternation } from '../metadata/lexicon/build-pattern';
import {
  CORRECTION_LABELS,
  CORRECTION_OPENINGS,
  type CorrectionKind,
} from '../metadata/lexicon/correction-labels';
import { CORRECTION_KINDS } from './correction-kinds';
import { markdownBlocks } from './markdown-blocks';

/** A note a newsroom appended to a story: a correction, an update or an editor's note. */
export type CorrectionNote = { kind: CorrectionKind; text: string };

/** Longest shown text of a note: enough for any correction, bounded against a page's whole text. */
const MAX_NOTE = 600;

// Lexicon spaces stand for any white space, apostrophes for both forms.
const loosen = (source: string): string => source.replace(/ /g, '\\s+').replace(/'/g, "['’]");

function patternFor(kind: CorrectionKind): RegExp {
  const labels = Object.values(CORRECTION_LABELS).flatMap((byKind) => byKind[kind]);
  const openings = Object.values(CORRECTION_OPENINGS).flatMap((byKind) => byKind[kind] ?? []);
  // A label then a colon or dash, maybe after a date ("Update (May 3):", "Update, 3 May 2026 —").
  const label = `(?:${loosen(alternation(labels))})\\s*(?:\\([^)\\n]{0,40}\\)|,[^:：—–\\n]{0,40})?\\s*[:：—–-]`;
  const parts = [label, ...(openings.length ? [`(?:${loosen(alternation(openings))})(?![\\p{L}])`] : [])];
  return new RegExp(`^(?:${parts.join('|')})`, 'iu');
}

let patterns: [CorrectionKind, RegExp][] | undefined;

/** A block's words as a reader sees them: without the emphasis, quote and list marks that may lead. */
const plain = (block: string): string =>
  block
    .replace(/^(?:[>#*_\s]|[-+](?=\s))+/, '')
    .replace(/[*_]{1,3}(?=[\s:：—–])|[*_]{1,3}$/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const isOpening = (matched: string): boolean => !/[:：—–-]$/.test(matched);

/**
 * Whether what follows a label is a note and not a bare time stamp ("Updated: 5 May 2026, 10:30" is the
 * page's date line): a few words of text.
 */
const saysSomething = (rest: string, kind: CorrectionKind): boolean =>
  (rest.match(/\p{L}{2,}/gu) ?? []).length >= (kind === 'update' ? 4 : 3);

/** The correction, update and editor's notes of a story's Markdown, in the text's order. */
export function findCorrections(markdown: string): CorrectionNote[] {
  return noteBlocks(markdownBlocks(markdown)).map(({ kind, text }) => ({ kind, text }));
}

/** The blocks (of `markdownBlocks`) that are notes, each with the block it is. */
export function noteBlocks(blocks: readonly string[]): (CorrectionNote & { block: string })[] {
  patterns ??= CORRECTION_KINDS.map((kind) => [kind, patternFor(kind)]);
  const notes: (CorrectionNote & { block: string })[] = [];
  for (const block of blocks) {
    const text = plain(block);
    const hit = patterns.find(([kind, pattern]) => {
      const match = pattern.exec(text);
      return match && (isOpening(match[0]) || saysSomething(text.slice(match[0].length), kind));
    });
    if (hit)
      notes.push({
        kind: hit[0],
        text: text.length > MAX_NOTE ? `${text.slice(0, MAX_NOTE)}…` : text,
        block,
      });
  }
  return notes;
}
