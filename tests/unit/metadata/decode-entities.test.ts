import { decodeEntities } from '../../../utils/metadata/decode-entities';

describe('decodeEntities', () => {
  it('decodes named, decimal, hex and double-escaped references', () => {
    expect(decodeEntities('Caf&eacute; &#8211; &#x00E4; &amp;quot;x&amp;quot;')).toBe('Café – ä "x"');
  });

  it('leaves unknown references and plain text alone', () => {
    expect(decodeEntities('A &unknown; B & C')).toBe('A &unknown; B & C');
  });
});
