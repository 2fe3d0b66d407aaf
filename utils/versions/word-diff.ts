import { diffWords } from 'diff';

/** One run of a diff: text both versions have, or only the older (`removed`) or the newer (`added`). */
export type DiffPart = { text: string; change: 'same' | 'added' | 'removed' };

/** Longest a word diff may take before it gives up: two unrelated texts of a long story take seconds. */
const TIME_LIMIT_MS = 1_000;

/** What a reader compares: the headline, standfirst, byline and text, one after the other. */
export function comparableText(v: { title: string; description: string; author: string; markdown: string }) {
  return [`# ${v.title}`, v.description, v.author, v.markdown].filter(Boolean).join('\n\n');
}

/**
 * A word-level diff of two texts, or null when the texts are too different to diff in time (the reader
 * is then shown both, not a frozen page).
 */
export function wordDiff(older: string, newer: string): DiffPart[] | null {
  const parts = diffWords(older, newer, { timeout: TIME_LIMIT_MS });
  if (!parts) return null;
  return parts.map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}
