import { NO_SPACES, normalizeWord, tokenize } from './tokenize';

export type Segment = { text: string; match: boolean };

/**
 * Splits text into plain and matching segments for highlighting: a word matches when it starts with
 * one of the query's words (compared in search form, so accents and case don't matter).
 */
export function highlight(text: string, query: string): Segment[] {
  const tokens = tokenize(query);
  if (tokens.length === 0) return [{ text, match: false }];
  const segments: Segment[] = [];
  for (const part of text.split(/([\p{L}\p{N}\p{M}]+)/u)) {
    if (!part) continue;
    const word = normalizeWord(part);
    // Words match by prefix; CJK tokens are character pairs, so they match anywhere in a run.
    const match = tokens.some((t) => word.startsWith(t) || (NO_SPACES.test(t) && word.includes(t)));
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  }
  return segments;
}
