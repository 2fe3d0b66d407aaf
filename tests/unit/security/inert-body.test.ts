import fc from 'fast-check';
import { inertBody } from '../../../utils/export/inert-body';
import { renderPost } from '../../../utils/export/render-post';
import { sampleClip } from '../core/sample-clip';
import { HOSTILE_TEXT } from './hostile-pages';
import { markdownProblems } from './markdown-safety';

// Bodies that didn't come from today's converter (older clips, imports, the editor) are checked at export.
describe('inertBody', () => {
  it('leaves a clean body byte for byte', () => {
    const body = 'Text with `a<b` code, a [link](https://example.com/a) and \\<escaped>.\n\n```\n<img>\n```';
    expect(inertBody(body)).toBe(body);
  });

  it('escapes raw HTML an older clip or an import carries, and keeps its code', () => {
    const out = inertBody('Hi <img src=x onerror=alert(1)> there `<b>`\n\n```html\n<script>ok</script>\n```');
    expect(out).toBe('Hi \\<img src=x onerror=alert(1)> there `<b>`\n\n```html\n<script>ok</script>\n```');
    expect(markdownProblems(out)).toEqual([]);
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '![x](data:text/html,<script>alert(1)</script>)',
    '[x][r]\n\n[r]: vbscript:msgbox(1)',
    '<javascript:alert(1)>',
    '{{< shortcode >}} and {% raw %}',
  ])('neutralises %s', (body) => {
    expect(markdownProblems(inertBody(body))).toEqual([]);
  });

  it('is applied to every exported post', () => {
    const post = renderPost({ ...sampleClip(), markdown: 'A <script>alert(1)</script> B' });
    expect(post).toContain('A \\<script>alert(1)\\</script> B');
  });

  it('makes any text inert, and a second pass changes nothing', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ maxLength: 4 })), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (body) => {
        const once = inertBody(body);
        expect(markdownProblems(once)).toEqual([]);
        expect(inertBody(once)).toBe(once);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});
