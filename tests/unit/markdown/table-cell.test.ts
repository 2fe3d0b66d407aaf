import { md } from './convert';

describe('table-cell rule', () => {
  it('keeps inline Markdown inside cells', () => {
    const html =
      '<table><tr><th>Name</th><th>Link</th></tr><tr><td><strong>Bold</strong></td><td><a href="/a">A</a></td></tr></table>';
    expect(md(html)).toBe('| Name | Link |\n| --- | --- |\n| **Bold** | [A](https://example.com/a) |');
  });

  it('writes cells of a layout table as blocks', () => {
    expect(md('<table><tr><td><h2>Title</h2><p>Text</p></td><td><p>Side</p></td></tr></table>')).toBe(
      '## Title\n\nText\n\nSide',
    );
  });
});
