import { describe, expect, it } from 'vitest';
import { boundedText } from '../../../utils/metadata/bounded-text';
import { parseHtml } from './load-fixture';

const line = (text: string) =>
  text
    .replace(/\([^()]{0,60}\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const el = (html: string) => {
  const div = parseHtml('<div></div>').querySelector('div') as Element;
  div.innerHTML = html;
  return div;
};

describe('boundedText', () => {
  it('returns the whole text of short elements', () => {
    const div = el('By <a href="/a">Ann</a> <!-- c --><span>(Editor)</span>');
    expect(boundedText(div, 100, 60)).toBe(div.textContent);
  });

  it('gives up on long text, never on text that parentheses shorten enough', () => {
    const long = el(`<p>${'word '.repeat(200)}</p>`);
    expect(boundedText(long, 100, 60)).toBeNull();
    const parens = el(`<p>By Ann</p>${'<span>(a note that is dropped)</span>'.repeat(30)}`);
    const text = boundedText(parens, 100, 60);
    expect(text).toBe(parens.textContent);
    expect(line(text ?? '').length).toBeLessThanOrEqual(100);
  });

  it('is null only when the collapsed line would be too long', () => {
    const samples = [
      'a'.repeat(99),
      `${'x '.repeat(60)}`,
      `${'(y) '.repeat(80)}`,
      `${'z'.repeat(50)} ${'(' + 'q'.repeat(60) + ')'.repeat(5)}`,
      `  ${'ab   '.repeat(40)}  `,
    ];
    for (const sample of samples) {
      const div = el(
        sample
          .split(' ')
          .map((w) => `<b>${w}</b> `)
          .join(''),
      );
      const text = boundedText(div, 100, 60);
      if (text === null) expect(line(div.textContent ?? '').length).toBeGreaterThan(100);
      else expect(text).toBe(div.textContent);
    }
  });
});
