import { md } from './convert';

describe('blockquote rule', () => {
  it('nests quotes without trailing spaces on blank lines', () => {
    expect(md('<blockquote><p>Outer</p><blockquote><p>Inner</p></blockquote><p>After</p></blockquote>')).toBe(
      '> Outer\n>\n> > Inner\n>\n> After',
    );
  });

  it('drops an empty quote', () => {
    expect(md('<p>A</p><blockquote> </blockquote><p>B</p>')).toBe('A\n\nB');
  });
});
