// @vitest-environment node
import { markdownToText } from '../../../scripts/bench/markdown-to-text';
import { htmlToText } from '../../../scripts/bench/parse-document';

describe('markdownToText', () => {
  it('keeps link text and drops link targets and images', () => {
    const md = 'See [the report](https://example.com/a_(b) "Title") and ![chart](/img.png) now';
    expect(markdownToText(md)).toBe('See the report and now');
    expect(markdownToText('[![logo](/l.png)](https://example.com) Home')).toBe('Home');
    // a URL that is the visible text stays (it is text on the page too)
    expect(markdownToText('At <https://x.org/a_b>.')).toBe('At https://x.org/a_b.');
    expect(markdownToText('Visit https://example.com/a_b today')).toBe('Visit https://example.com/a_b today');
  });

  it('strips headings, emphasis, lists, quotes and rules', () => {
    const md = [
      '# Title',
      '',
      'Sub',
      '---',
      '',
      '> **Bold** and _em_ and ~~gone~~',
      '',
      '*   one',
      '1. two',
      '- [x] done',
      '',
      '* * *',
    ].join('\n');
    expect(markdownToText(md).split('\n').filter(Boolean)).toEqual([
      'Title',
      'Sub',
      'Bold and em and gone',
      'one',
      'two',
      'done',
    ]);
  });

  it('unescapes Turndown escapes and keeps intraword underscores', () => {
    expect(markdownToText('2021\\. snake\\_case \\*not em\\* \\[x\\] a\\#b')).toBe(
      '2021. snake_case *not em* [x] a#b',
    );
    expect(markdownToText('snake_case')).toBe('snake_case');
  });

  it('keeps code verbatim', () => {
    expect(markdownToText('Use `a_b*c` here\n\n```js\nconst x_y = [1];\n```')).toBe(
      'Use a_b*c here\n\nconst x_y = [1];',
    );
  });

  it('renders tables as cell text and drops delimiter rows', () => {
    expect(markdownToText('| A | B |\n| --- | :-: |\n| 1 | 2 |')).toBe('A B\n1 2');
  });

  it('shows footnote references as GFM numbers them, drops link definitions, keeps footnote text', () => {
    expect(markdownToText('Text[^1] and [ref][r].\n\n[r]: https://e.com\n[^1]: The note.')).toBe(
      'Text 1 and ref.\n\nThe note.',
    );
    expect(markdownToText('A[^x][^y], b[^x].\n\n[^x]: X.\n[^y]: Y.')).toBe('A 1 2 , b 1 .\n\nX.\nY.');
  });

  it('keeps the text of a heading that starts like a list item', () => {
    expect(markdownToText('### 21) [_The Last Jedi_](https://e.com)\n\n- item')).toBe(
      '21) The Last Jedi\n\nitem',
    );
  });

  it('keeps a fenced block inside a quote verbatim, without its fences or info string', () => {
    expect(markdownToText('> Look:\n>\n> ```javascript\n> a_*b*\n> ```\n\nAfter')).toBe(
      'Look:\n\na_*b*\n\nAfter',
    );
  });

  it('drops raw HTML tags of known elements and decodes basic entities', () => {
    expect(markdownToText('E = mc<sup>2</sup> <br/><!-- note -->')).toBe('E = mc2');
    expect(markdownToText('<table><tr><td>AT&amp;T</td><td>x&#233;</td></tr></table>')).toBe('AT&T xé');
    expect(markdownToText('Replace <noun> with <auth-dialog>')).toBe('Replace <noun> with <auth-dialog>');
  });

  it('keeps indented code verbatim but not indented prose or list continuations', () => {
    expect(markdownToText('Intro\n\n    <html lang="en">\n    a_*b*\n\nAfter')).toBe(
      'Intro\n\n<html lang="en">\na_*b*\n\nAfter',
    );
    expect(markdownToText('Intro\n\n    see [RFC](https://r.org) \\[1\\]')).toBe('Intro\n\nsee RFC [1]');
    expect(markdownToText('*   item\n\n    more **text**')).toBe('item\n\nmore text');
  });
});

describe('htmlToText', () => {
  it('separates blocks so adjacent paragraphs do not fuse', () => {
    expect(htmlToText('<div><p>One<b>two</b></p><p>Three</p><script>x</script></div>')).toBe('Onetwo\nThree');
  });
});
