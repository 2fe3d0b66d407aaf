import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameContent, summarizeChange } from '../../../utils/versions/change-summary';
import { describeChange } from '../../../utils/versions/describe-change';
import { findCorrections } from '../../../utils/versions/find-corrections';
import { markdownBlocks } from '../../../utils/versions/markdown-blocks';

const root = join(__dirname, '../../fixtures/versions');
type Expected = {
  before: { title: string; description: string };
  after: { title: string; description: string };
  summary: object;
  said: string;
  notes: object[];
};

const version = (side: { title: string; description: string }, markdown: string) => ({
  ...side,
  author: 'Desk',
  pubDatetime: '2026-12-01T08:00:00Z',
  markdown,
});

describe('what changed between two versions of a story (fixture pairs)', () => {
  for (const name of readdirSync(root)) {
    it(name, () => {
      const read = (file: string) => readFileSync(join(root, name, file), 'utf8');
      const expected = JSON.parse(read('expected.json')) as Expected;
      const before = version(expected.before, read('before.md'));
      const after = version(expected.after, read('after.md'));
      const summary = summarizeChange(before, after);
      expect(summary).toEqual(expected.summary);
      expect(describeChange(summary)).toBe(expected.said);
      expect(findCorrections(after.markdown)).toEqual(expected.notes);
      expect(sameContent(before, after)).toBe(false);
      // Nothing changed the other way round either: the same text is the same.
      expect(sameContent(after, { ...after })).toBe(true);
      expect(describeChange(summarizeChange(after, after))).toBeNull();
    });
  }
});

describe('notes a newsroom appends', () => {
  it('reads labels in several languages, with emphasis, dates and both apostrophes', () => {
    const md = [
      '**Update:** The minister resigned on Friday evening after the vote.',
      '_Editor’s note: This story was reported with the help of a local fixer._',
      'Berichtigung: In einer früheren Fassung hieß es, der Bürgermeister sei zurückgetreten.',
      'Fe de erratas: una versión anterior de este artículo atribuía la cita a otra persona.',
      'This article has been updated to include a response from the company.',
    ].join('\n\n');
    expect(findCorrections(md).map((note) => note.kind)).toEqual([
      'update',
      'note',
      'correction',
      'correction',
      'update',
    ]);
  });

  it('takes no date line, no ordinary paragraph and no quote of the word for a note', () => {
    const md = [
      'Updated: Tuesday 5 May 2026, 10:30 BST',
      'Correction officers at the prison went on strike.',
      'The update to the software will ship next week, the company said.',
      'Updated 5 May 2026 at 10:30',
    ].join('\n\n');
    expect(findCorrections(md)).toEqual([]);
  });
});

describe('markdown blocks', () => {
  it('splits on blank lines but keeps a fenced block whole', () => {
    expect(markdownBlocks('a\nb\n\n```\nx\n\ny\n```\n\n\nc\r\n\r\nd')).toEqual([
      'a\nb',
      '```\nx\n\ny\n```',
      'c',
      'd',
    ]);
  });
});
