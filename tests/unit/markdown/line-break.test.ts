import { md } from './convert';

describe('line-break rule', () => {
  it('turns <br> in addresses and poems into hard line breaks', () => {
    expect(md('<address>1 Main Street<br>Springfield<br>USA</address>')).toBe(
      '1 Main Street  \nSpringfield  \nUSA',
    );
    expect(md('<p>Roses are red,<br>\nviolets are blue.</p>')).toBe('Roses are red,  \nviolets are blue.');
  });

  it('drops breaks at the edges of a block', () => {
    expect(md('<p><br>Text<br></p><p>Next<span>more<br></span></p>')).toBe('Text\n\nNextmore');
  });

  it('treats a run of breaks as a paragraph break', () => {
    expect(md('<div>One<br><br><br>Two</div>')).toBe('One\n\nTwo');
  });
});
