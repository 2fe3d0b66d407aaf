import { md } from './convert';

describe('strip-active-content pass', () => {
  it('removes scripts, styles, SVG icons and form controls', () => {
    const html =
      '<p>Keep<script>alert(1)</script><style>p{}</style> this<svg><title>icon</title></svg><button>Share</button></p>' +
      '<form><input type="text" value="x"><select><option>A</option></select><textarea>t</textarea><p>Form text</p></form>';
    expect(md(html)).toBe('Keep this\n\nForm text');
  });

  it('keeps task-list checkboxes', () => {
    expect(
      md('<ul><li><input type="checkbox" checked> Done</li><li><input type="checkbox"> Todo</li></ul>'),
    ).toBe('- [x] Done\n- [ ] Todo');
  });
});
