import { md } from './convert';

describe('footnote-definition rule', () => {
  it('writes definitions, drops back-links and indents later paragraphs', () => {
    const html =
      '<p>Text<sup><a href="#fn:a" id="ref-a">1</a></sup>.</p><section role="doc-endnotes"><hr><ol>' +
      '<li id="fn:a"><p>First paragraph. <a href="#ref-a" role="doc-backlink">↩︎</a></p><p>Second paragraph.</p></li></ol></section>';
    expect(md(html)).toBe('Text[^1].\n\n---\n\n[^1]: First paragraph.\n\n    Second paragraph.');
  });

  it('handles Wikipedia references', () => {
    const html =
      '<p>Fact.<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup></p><ol class="references">' +
      '<li id="cite_note-3"><span class="mw-cite-backlink"><b><a href="#cite_ref-3">^</a></b></span> <span class="reference-text">Source, 2001.</span></li></ol>';
    expect(md(html)).toBe('Fact.[^1]\n\n[^1]: Source, 2001.');
  });
});
