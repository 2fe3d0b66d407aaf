import { md } from './convert';

describe('table rule', () => {
  it('writes a GFM table with the header row', () => {
    const html =
      '<table><thead><tr><th>Language</th><th>Year</th></tr></thead><tbody><tr><td>Python</td><td>1991</td></tr><tr><td>Go</td><td>2009</td></tr></tbody></table>';
    expect(md(html)).toBe('| Language | Year |\n| --- | --- |\n| Python | 1991 |\n| Go | 2009 |');
  });

  it('promotes the first row when there is no header, escaping pipes', () => {
    const html =
      '<table><tr><td>Barrage | full</td><td>420</td></tr><tr><td>Lagoon</td><td>310</td></tr></table>';
    expect(md(html)).toBe('| Barrage \\| full | 420 |\n| --- | --- |\n| Lagoon | 310 |');
  });

  it('expands rowspan and colspan with empty cells', () => {
    const html =
      '<table><tr><th>Group</th><th colspan="2">Scores</th></tr><tr><td rowspan="2">A</td><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>';
    expect(md(html)).toBe('| Group | Scores | |\n| --- | --- | --- |\n| A | 1 | 2 |\n| | 3 | 4 |');
  });

  it('puts multi-line cells on one line with <br>', () => {
    const html =
      '<table><tr><th>Item</th><th>Notes</th></tr><tr><td>X</td><td><ul><li>a</li><li>b</li></ul></td></tr></table>';
    expect(md(html)).toBe('| Item | Notes |\n| --- | --- |\n| X | - a<br>- b |');
  });

  it('pads short rows', () => {
    expect(md('<table><tr><th>A</th><th>B</th></tr><tr><td>only</td></tr></table>')).toBe(
      '| A | B |\n| --- | --- |\n| only | |',
    );
  });

  it('unwraps layout tables (one cell, one column, nested tables)', () => {
    expect(md('<table><tr><td><p>Just</p><p>text</p></td></tr></table>')).toBe('Just\n\ntext');
    expect(md('<table><tr><td>Row one</td></tr><tr><td>Row two</td></tr></table>')).toBe(
      'Row one\n\nRow two',
    );
    const nested =
      '<table><tr><td>Side</td><td><table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr></table></td></tr></table>';
    expect(md(nested)).toBe('Side\n\n| K | V |\n| --- | --- |\n| a | 1 |');
  });

  it('drops a table with no text', () => {
    expect(md('<p>A</p><table><tr><td></td><td> </td></tr></table><p>B</p>')).toBe('A\n\nB');
  });
});
