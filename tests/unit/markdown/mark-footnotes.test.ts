import { markFootnotes } from '../../../utils/markdown/prepare/mark-footnotes';

describe('mark-footnotes pass', () => {
  it('marks references and definitions and drops back-links', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<p>A<sup id="r1"><a href="#fn1">1</a></sup></p><div class="footnotes"><ol><li id="fn1">Note <a href="#r1">↩</a></li></ol></div>';
    markFootnotes(root);
    expect(root.innerHTML).toBe(
      '<p>A<sup data-md-fnref="1">1</sup></p><div class="footnotes"><div data-md-fndef="1">Note </div></div>',
    );
  });

  it('ignores definitions nothing refers to and long link texts', () => {
    const html =
      '<p><a href="#fn1">see the first note below</a></p><ol class="footnotes"><li id="fn1">Note</li></ol>';
    const root = document.createElement('div');
    root.innerHTML = html;
    markFootnotes(root);
    expect(root.innerHTML).toBe(html);
  });
});
