import { md } from './convert';

describe('table-caption rule', () => {
  it('writes the caption as a line above the table', () => {
    const html =
      '<table><caption>Results <em>2024</em></caption><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>';
    expect(md(html)).toBe('Results _2024_\n\n| A | B |\n| --- | --- |\n| 1 | 2 |');
  });

  it('keeps the caption of an unwrapped layout table', () => {
    expect(md('<table><caption>Note</caption><tr><td>Only cell</td></tr></table>')).toBe('Note\n\nOnly cell');
  });
});
