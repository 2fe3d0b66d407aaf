import { mergeTextNodes } from '../../../utils/markdown/prepare/merge-text-nodes';
import { md } from './convert';

describe('merge-text-nodes pass', () => {
  it('joins adjacent text nodes', () => {
    const root = document.createElement('div');
    root.append('<', 'b', '>', document.createElement('i'), 'x', 'y');
    mergeTextNodes(root);
    expect(Array.from(root.childNodes, (n) => n.nodeName)).toEqual(['#text', 'I', '#text']);
    expect(root.textContent).toBe('<b>xy');
  });

  it('lets the escaper see tag-like text whole', () => {
    expect(md('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; 3 &lt; 4</p>')).toBe(
      '\\<script>alert(1)\\</script> \\&amp; 3 < 4',
    );
  });
});
