import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../utils/export/parse-post';
import { renderPost } from '../../../utils/export/render-post';
import { publishedDay } from '../../../utils/published-day';
import { arbitraryClip } from './arbitrary-clip';

// Obsidian's documented rules (help.obsidian.md, "Properties" and "Tags"), written out here rather than
// taken from the exporter, so the exporter is checked against them and not against itself.

/** Property types: "Date" is YYYY-MM-DD, "Date & time" is YYYY-MM-DDTHH:mm (seconds optional), no zone. */
const OBSIDIAN_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?)?$/;

function isObsidianDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = OBSIDIAN_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/**
 * Tags: letters (any script), numbers, underscore, hyphen and forward slash (nesting); no spaces; at least
 * one character that isn't a number. A nested tag has no empty level.
 */
function isObsidianTag(tag: unknown): boolean {
  return (
    typeof tag === 'string' &&
    /^[\p{L}\p{M}\p{N}_/-]+$/u.test(tag) &&
    !/^\d+$/.test(tag) &&
    tag.split('/').every((level) => level !== '')
  );
}

/** How Obsidian (a YAML 1.2 reader, like parsePost's) sees a note's properties. */
const properties = (post: string) => parsePost(post).frontmatter;

const arbitraryTag = fc.oneof(
  fc.string({ unit: 'grapheme-composite', maxLength: 30 }),
  fc.constantFrom(
    "lecturers'-pay",
    'Textart: Heftarchiv',
    'Arts / Culture / Entertainment',
    'news//politics/',
    '2024',
    '#local politics',
    '東京 オリンピック',
    '🙂',
  ),
);

describe('Obsidian export: properties Obsidian reads as their documented types', () => {
  it('published and created are Obsidian dates; published is the page’s day; tags follow the tag rules', () => {
    fc.assert(
      fc.property(arbitraryClip, fc.array(arbitraryTag, { maxLength: 8 }), (clip, tags) => {
        const tagged = { ...clip, tags };
        const post = renderPost(tagged, { profile: 'obsidian' });
        const props = properties(post);
        expect(isObsidianDate(props.published)).toBe(true);
        expect(isObsidianDate(props.created)).toBe(true);
        expect(String(props.published).slice(0, 10)).toBe(publishedDay(tagged));
        expect(Array.isArray(props.tags)).toBe(true);
        for (const tag of props.tags as unknown[]) expect([tag, isObsidianTag(tag)]).toEqual([tag, true]);
        for (const key of ['title', 'source', 'description']) expect(typeof props[key]).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
