import { normalizeWord, tokenize } from './tokenize';

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
    const match = tokens.some(
      (t) => word.startsWith(t) || (t.length >= 2 && word.includes(t) && /[^\x00-\u024f]/.test(t)),
    );
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  }
  return segments;
}
