import { normalizeMarkdown } from '../../../utils/markdown/normalize-markdown';
import { HARD_BREAK } from '../../../utils/markdown/markers';

describe('normalizeMarkdown', () => {
  it('collapses blank-line runs, trims lines and the whole text', () => {
    expect(normalizeMarkdown('\n\n# A  \n\n\n\nText \t\n\n\n')).toBe('# A\n\nText');
  });

  it('keeps blank lines and spaces inside fenced code', () => {
    expect(normalizeMarkdown('```\na  \n\n\n\nb\n```\n\n\n\nc')).toBe('```\na  \n\n\n\nb\n```\n\nc');
  });

  it('writes hard breaks as two spaces, except at the end of a block', () => {
    expect(normalizeMarkdown(`one${HARD_BREAK}\ntwo${HARD_BREAK}\n\nthree`)).toBe('one  \ntwo\n\nthree');
  });
});
