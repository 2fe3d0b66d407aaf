import { afterEach, describe, expect, it } from 'vitest';
import { linksInSelection } from '@/utils/batch/links-in-selection';

function select(from: Node, fromOffset: number, to: Node, toOffset: number) {
  const range = document.createRange();
  range.setStart(from, fromOffset);
  range.setEnd(to, toOffset);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe('linksInSelection (#16, the page menu’s "Clip the links in this selection")', () => {
  afterEach(() => {
    document.getSelection()?.removeAllRanges();
    document.body.innerHTML = '';
  });

  it('gives the links the selection touches, in order, and none outside it', () => {
    document.body.innerHTML = `
      <p id="before"><a href="https://news.example/outside">outside</a></p>
      <ul id="list">
        <li id="one">Read <a href="https://news.example/a">A</a></li>
        <li><a href="/relative/b">B</a> and <a href="mailto:x@example.com">mail</a></li>
        <li id="three"><a href="https://news.example/c">C</a> end</li>
      </ul>
      <p><a href="https://news.example/after">after</a></p>`;
    const one = document.getElementById('one')!;
    const three = document.getElementById('three')!;
    select(one.firstChild!, 0, three.lastChild!, 2);
    const links = linksInSelection();
    expect(links).toEqual([
      'https://news.example/a',
      new URL('/relative/b', location.href).href,
      'mailto:x@example.com',
      'https://news.example/c',
    ]);
  });

  it('gives the link a selection sits inside, and nothing without a selection', () => {
    document.body.innerHTML = `<p><a id="a" href="https://news.example/story">A long headline</a></p>`;
    expect(linksInSelection()).toEqual([]);
    const text = document.getElementById('a')!.firstChild!;
    select(text, 2, text, 6);
    expect(linksInSelection()).toEqual(['https://news.example/story']);
  });
});
