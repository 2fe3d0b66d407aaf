/** Scripts written without spaces: indexed as overlapping character pairs so "新闻" finds "新闻发布". */
export const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Most distinct words kept per clip: enough for a long article, bounded for a pathological one. */
export const MAX_WORDS = 4000;

/** Search form of a word: lower-case, Latin accents removed ("Café" and "cafe" match). */
export function normalizeWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Splits text into search tokens: words (≥ 2 letters), and character pairs for CJK/Thai runs. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[^\p{L}\p{N}\p{M}]+/u)) {
    if (!raw) continue;
    const word = normalizeWord(raw);
    if (NO_SPACES.test(word)) {
      const chars = [...word];
      if (chars.length === 1) out.push(word);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    } else if (word.length >= 2) {
      out.push(word);
    }
  }
  return out;
}

/** The distinct tokens of a clip's searchable text (title, description, body, tags). */
export function searchWords(parts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const part of parts) {
    for (const token of tokenize(part)) {
      words.add(token);
      if (words.size >= MAX_WORDS) return [...words];
    }
  }
  return [...words];
}
