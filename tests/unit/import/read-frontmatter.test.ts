import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../../utils/import/read-frontmatter';
import { quoteColonValues } from '../../../utils/import/repair-yaml';
import { aliasBomb } from './hostile-inputs';

describe('readFrontmatter', () => {
  it('repairs the reference post’s unquoted `title: A: B` line and says where', () => {
    const read = readFrontmatter(readFileSync('/work/shared/reference/example-post.md', 'utf8'));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.frontmatter.title).toBe(
      'Foreign Media: Sora Emerges, China Will Accelerate its Catch-Up Pace',
    );
    expect(read.frontmatter.description).toBe('Sora Emerges, China Will Accelerate its Catch-Up Pace');
    expect(read.repairs).toEqual([{ line: 5, key: 'title' }]);
    expect(read.lineOf('slug')).toBe(6);
    expect(read.body.startsWith('According to')).toBe(true);
  });

  it('never changes valid YAML', () => {
    const read = readFrontmatter('---\ntitle: "A: B"\nnote: a:b\n---\nBody\n');
    expect(read.ok && read.frontmatter).toEqual({ title: 'A: B', note: 'a:b' });
    expect(read.ok && read.repairs).toEqual([]);
  });

  it('reports truly broken YAML with its file line and reason', () => {
    const read = readFrontmatter('---\ntitle: ok\ntags:\n  - a\n - b\n---\nBody\n');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems[0]?.line).toBe(5);
    expect(read.problems[0]?.message).toMatch(/\w/);
  });

  it('reports a duplicate key, a missing or unclosed frontmatter, and a non-mapping', () => {
    const dup = readFrontmatter('---\ntitle: a\ntitle: b\n---\n');
    expect(!dup.ok && dup.problems[0]).toMatchObject({ line: 3, message: expect.stringMatching(/unique/i) });
    expect(readFrontmatter('# Just text\n')).toMatchObject({ ok: false, problems: [{ line: 1 }] });
    expect(readFrontmatter('---\ntitle: a\n')).toMatchObject({
      ok: false,
      problems: [{ line: 1, message: expect.stringMatching(/never closed/) }],
    });
    expect(readFrontmatter('---\n- a\n- b\n---\n')).toMatchObject({ ok: false });
  });

  it('reports a YAML alias bomb as a problem of the file, never throws', () => {
    const read = readFrontmatter(`---\n${aliasBomb}title: x\n---\nBody\n`);
    expect(read).toEqual({
      ok: false,
      problems: [{ line: 2, message: expect.stringMatching(/^The frontmatter could not be read \(.*alias/) }],
    });
  });

  it('accepts a BOM, CRLF line ends and an empty frontmatter', () => {
    const read = readFrontmatter('\uFEFF---\r\ntitle: A: B\r\n---\r\n\r\nBody\r\n');
    expect(read.ok && read.frontmatter).toEqual({ title: 'A: B' });
    expect(read.ok && read.body).toBe('Body\r\n');
    expect(readFrontmatter('---\n---\nBody')).toMatchObject({ ok: true, frontmatter: {}, body: 'Body' });
  });
});

describe('quoteColonValues', () => {
  it('quotes only plain top-level values with ": ", keeping comments', () => {
    const { yaml, repairs } = quoteColonValues(
      'a: x: y # note\nb: "x: y"\nc: x:y\nlist:\n  - k: v\nd: ends:\ne: [x: y]\n',
    );
    expect(yaml).toBe('a: "x: y" # note\nb: "x: y"\nc: x:y\nlist:\n  - k: v\nd: "ends:"\ne: [x: y]\n');
    expect(repairs.map((r) => r.key)).toEqual(['a', 'd']);
  });
});
