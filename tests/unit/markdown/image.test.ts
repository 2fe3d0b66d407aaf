import { md } from './convert';

describe('image rule', () => {
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
