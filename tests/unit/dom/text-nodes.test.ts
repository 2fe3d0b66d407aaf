import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textNodes } from '../../../utils/dom/text-nodes';
import { collapse, collapsedLengthOf } from '../../../utils/text/collapse';
import { parseHtml } from '../parse-html';

const text = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', '\n', '\u00a0', '\t', '新', '&amp;', '<!-- c -->'),
});
// Arbitrary fragments: nested elements (scripts, templates and comments among them) around loose text.
const fragment = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    text,
    fc
      .tuple(
        fc.constantFrom('div', 'p', 'strong', 'script', 'style', 'template', 'textarea', 'a', 'ul', 'li'),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
  ),
})).node;

describe('textNodes', () => {
  it('joined, is the textContent of any fragment', () => {
    fc.assert(
      fc.property(fragment, (html) => {
        const root = parseHtml(
          `<body><div id="root">${html}</div></body>`,
          'https://x.example/',
        ).getElementById('root')!;
        expect([...textNodes(root)].join('')).toBe(root.textContent);
      }),
      { numRuns: 500 },
    );
  });

  it('is read only as far as a bounded count needs', () => {
    const root = parseHtml(
      `<body><div id="root">${'<p>Twenty characters ok</p>'.repeat(1000)}</div></body>`,
      'https://x.example/',
    ).getElementById('root')!;
    let read = 0;
    const counted = function* () {
      for (const data of textNodes(root)) {
        read++;
        yield data;
      }
    };
    expect(collapsedLengthOf(counted(), 500)).toBe(500);
    expect(read).toBe(25);
  });
});

describe('collapsedLengthOf', () => {
  it('is the collapsed length of the parts joined, up to the limit', () => {
    const unit = fc.constantFrom(' ', '\n', '\u00a0', 'a', '新');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit })),
        fc.option(fc.nat(30), { nil: undefined }),
        (parts, limit) => {
          const whole = collapse(parts.join('')).length;
          expect(collapsedLengthOf(parts, limit)).toBe(limit === undefined ? whole : Math.min(whole, limit));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
