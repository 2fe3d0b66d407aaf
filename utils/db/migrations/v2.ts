import type { Transaction } from 'dexie';

/**
 * Version 2 of the clip database, FROZEN: bodies move to their own table and a word index is built.
 * Never edit this file; it imports no live code (the tokenizer below is a copy of the one of this
 * release), so a later change of the app cannot change what this upgrade does.
 */
export const version = 2;

export const stores = {
  clips: '++id, &canonicalURL, *tags, savedAt, pubDatetime',
  bodies: 'id',
  terms: 'id, *words',
  tagTerms: 'id, *words',
};

const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const MAX_WORDS = 4000;

function normalizeWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function tokenize(text: string): string[] {
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

/** The distinct search words of some texts (as the app's tokenizer of this release). */
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

/** A field as text: a record written by an older or buggy release may lack it. */
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');
/** A tag list as strings: a record may lack it or hold something else. */
export const tagList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];

/** Words of a clip's title, description and body (link targets left out); words of its tags. */
export function clipWords(row: { title?: unknown; description?: unknown; tags?: unknown }, markdown: string) {
  const body = markdown.replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, ']');
  return {
    words: searchWords([text(row.title), text(row.description), body]),
    tagWords: searchWords([tagList(row.tags).join(' ')]),
  };
}

type Row = { id: number; markdown?: unknown; title?: unknown; description?: unknown; tags?: unknown };

/** Moves each body to `bodies` and indexes the words; a malformed record is indexed as far as it can be. */
export async function upgrade(tx: Transaction): Promise<void> {
  const clips = tx.table('clips');
  // raw(): the records as stored, not as the app's reading hook shows them.
  const rows = (await clips.toCollection().raw().toArray()) as Row[];
  const bodies = [];
  const terms = [];
  const tagTerms = [];
  for (const row of rows) {
    const markdown = text(row.markdown);
    bodies.push({ id: row.id, markdown });
    const { words, tagWords } = clipWords(row, markdown);
    terms.push({ id: row.id, words });
    tagTerms.push({ id: row.id, words: tagWords });
    // A body that is not text stays on the record, for the v5 repair to keep aside.
    if (typeof row.markdown === 'string' || row.markdown === undefined) delete row.markdown;
  }
  await tx.table('bodies').bulkPut(bodies);
  await tx.table('terms').bulkPut(terms);
  await tx.table('tagTerms').bulkPut(tagTerms);
  await clips.bulkPut(rows);
}

export const example = {
  clips: [
    {
      id: 1,
      kind: 'article',
      url: 'https://courier.example/ferry',
      canonicalURL: 'https://courier.example/ferry',
      title: 'Ferry timetable',
      author: '',
      description: 'Changes from Monday.',
      slug: 'ferry-timetable',
      pubDatetime: '2024-04-01T06:00:00Z',
      pubDatetimeIsClipTime: false,
      modDatetime: null,
      featured: false,
      draft: true,
      tags: ['transport'],
      ogImage: null,
      siteName: 'Courier',
      lang: 'en',
      sources: {},
      edited: [],
      savedAt: '2024-04-02T00:00:00Z',
      updatedAt: '2024-04-02T00:00:00Z',
    },
    // A record a v2 restore wrote with tags as one string and no draft flag: v5 repairs it.
    {
      id: 2,
      kind: 'article',
      url: 'https://courier.example/harbour',
      canonicalURL: 'https://courier.example/harbour',
      title: 'Harbour turbines',
      author: '',
      description: '',
      slug: 'harbour-turbines',
      pubDatetime: '2024-04-03T06:00:00Z',
      pubDatetimeIsClipTime: false,
      modDatetime: null,
      featured: false,
      tags: 'Energy',
      ogImage: null,
      siteName: 'Courier',
      lang: 'en',
      sources: {},
      edited: [],
      savedAt: '2024-04-04T00:00:00Z',
      updatedAt: '2024-04-04T00:00:00Z',
    },
  ],
  bodies: [
    { id: 1, markdown: 'The ferry leaves at seven.' },
    { id: 2, markdown: 'Turbines in the estuary.' },
  ],
  terms: [
    { id: 1, words: ['ferry', 'timetable', 'changes', 'from', 'monday', 'the', 'leaves', 'at', 'seven'] },
    { id: 2, words: ['harbour', 'turbines', 'in', 'the', 'estuary'] },
  ],
  tagTerms: [
    { id: 1, words: ['transport'] },
    { id: 2, words: [] },
  ],
};
