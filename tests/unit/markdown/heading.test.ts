import { md } from './convert';

describe('heading rule', () => {
  it('writes ATX headings on one line', () => {
    expect(md('<h2>Two<br>lines</h2><h4>Small <em>one</em></h4>')).toBe('## Two lines\n\n#### Small _one_');
  });

  it('drops empty headings and keeps a trailing # literal', () => {
    expect(md('<h3> </h3><p>Text</p><h2>Learn C #</h2>')).toBe('Text\n\n## Learn C \\#');
  });
});
