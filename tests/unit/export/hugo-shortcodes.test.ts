import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeShortcodes, unescapeShortcodes } from '../../../utils/export/profiles/hugo-shortcodes';

// What Hugo's page lexer makes of a body (checked against hugo 0.111 by `npm run test:blogs`): every `{{<`
// or `{{%` opens a shortcode, and only the escape form (slash-star after the delimiter, star-slash before
// its closing) is printed as text. Gives the text Hugo hands to Markdown, or null where it would call a
// shortcode (or fail the build).
function hugoReads(body: string): string | null {
  let out = '';
  let at = 0;
  for (;;) {
    const open = body.slice(at).search(/\{\{[<%]/);
    if (open === -1) return out + body.slice(at);
    const start = at + open;
    const kind = body[start + 2]!;
    const closing = `*/${kind === '<' ? '>' : '%'}}}`;
    if (!body.startsWith('/*', start + 3)) return null;
    const end = body.indexOf(closing, start + 5);
    if (end === -1) return null;
    out += `${body.slice(at, start)}{{${kind}${body.slice(start + 5, end)}${closing.slice(2)}`;
    at = end + closing.length;
  }
}

const templateText = fc
  .array(fc.constantFrom('{{<', '{{%', '>}}', '%}}', '/*', '*/', '{{', '}}', ' x ', '\n', '`', '{', '}'), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

describe('Hugo shortcode delimiters in exported bodies', () => {
  it('escapes each delimiter up to its closing, so Hugo prints the text it was', () => {
    const body = 'Code: `{{< notice "a" >}}` and\n```\n{{% x %}}\n{{</* y */>}}\n```\n';
    const escaped = escapeShortcodes(body);
    expect(escaped).toBe('Code: `{{</* notice "a" */>}}` and\n```\n{{%/* x */%}}\n{{</*/* y */*/>}}\n```\n');
    expect(hugoReads(escaped)).toBe(body);
  });

  it('keeps the braces of a delimiter that never closes apart with a zero-width space', () => {
    expect(escapeShortcodes('Shortcodes start with `{{<`.')).toBe('Shortcodes start with `{{\u200B<`.');
  });

  it('whatever the text: Hugo calls no shortcode and reads the text back; import undoes the escape', () => {
    fc.assert(
      fc.property(templateText, (body) => {
        const escaped = escapeShortcodes(body);
        const read = hugoReads(escaped);
        expect(read).not.toBeNull();
        expect(read!.replace(/\{\{\u200B([<%])/g, '{{$1')).toBe(body);
        expect(unescapeShortcodes(escaped)).toBe(body);
        expect(escapeShortcodes(unescapeShortcodes(escaped))).toBe(escaped);
      }),
      { numRuns: 2000 },
    );
  });
});
