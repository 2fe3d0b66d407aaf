import { md } from './convert';

describe('list-item rule', () => {
  it('indents nested lists to the content column', () => {
    const html = '<ul><li>One<ul><li>Nested <b>bold</b></li><li>Two</li></ul></li><li>Three</li></ul>';
    expect(md(html)).toBe('- One\n  - Nested **bold**\n  - Two\n- Three');
  });

  it('numbers ordered lists from their start, indenting by the marker width', () => {
    const html = '<ol start="9"><li>nine</li><li>ten<ol><li>sub</li></ol></li></ol>';
    expect(md(html)).toBe('9. nine\n10. ten\n    1. sub');
  });

  it('keeps paragraphs inside items in the item', () => {
    expect(md('<ul><li><p>First</p><p>Second</p></li><li><p>Next</p></li></ul>')).toBe(
      '- First\n\n  Second\n\n- Next',
    );
  });
});
