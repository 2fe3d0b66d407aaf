import { describe, expect, it } from 'vitest';
import { readTextUntil } from '../../../utils/metadata/read-text-until';
import { parseHtml } from './load-fixture';

const el = (html: string) => {
  const div = parseHtml('<div></div>').querySelector('div') as Element;
  div.innerHTML = html;
  return div;
};

describe('readTextUntil', () => {
  it('gathers textContent in tree order when never told to stop', () => {
    const div = el('By <a href="/a">Ann <b>Lee</b></a> <!-- not text --><span>(Editor)</span> <i></i>end');
    const asked: string[] = [];
    const read = readTextUntil(div, 3, (sofar) => (asked.push(sofar), false));
    expect(read).toEqual({ text: div.textContent, stopped: false });
    // Checked only when the amount read passes the first mark, then each time it doubles.
    expect(asked).toEqual(['By Ann ', 'By Ann Lee (Editor)']);
  });

  it('stops at the first check that says enough, with what it had read', () => {
    const div = el(`<p>${'word '.repeat(10)}</p><p>${'more '.repeat(1000)}</p>`);
    const read = readTextUntil(div, 20, (sofar) => sofar.length > 20);
    expect(read).toEqual({ text: 'word '.repeat(10), stopped: true });
  });

  it('never checks a text no longer than the first mark', () => {
    let checks = 0;
    expect(readTextUntil(el('<span>short</span>'), 5, () => ++checks > 0)).toEqual({
      text: 'short',
      stopped: false,
    });
    expect(checks).toBe(0);
  });
});
