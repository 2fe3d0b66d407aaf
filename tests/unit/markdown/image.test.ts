import { md } from './convert';

describe('image rule', () => {
  it('keeps an address spelled with a character reference as text (CommonMark decodes those)', () => {
    // Found by the whole-output property test: src=" \\&lt;" resolves to https://&lt;/, which rendered as https://</.
    expect(md('<p><img src=" \\\\&amp;lt;" alt="i"></p>')).toBe('![i](https://&amp;lt;/)');
    expect(md('<p><a href="https://x.example/?a=1&amp;b=2">x</a></p>')).toBe(
      '[x](https://x.example/?a=1&b=2)',
    );
  });

  it('makes the source absolute and escapes the alt text', () => {
    expect(md('<img src="../img/a.jpg" alt="A [cat] *and*\n_dog_">')).toBe(
      '![A \\[cat\\] \\*and\\* \\_dog\\_](https://example.com/img/a.jpg)',
    );
  });

  it('keeps a title that differs from the alt', () => {
    expect(md('<img src="/a.png" alt="Chart" title="Sales &quot;2024&quot;">')).toBe(
      '![Chart](https://example.com/a.png "Sales \\"2024\\"")',
    );
  });

  it('drops images with no http(s) source', () => {
    expect(md('<p>A<img src="javascript:alert(1)">B<img alt="none"></p>')).toBe('AB');
  });
});
