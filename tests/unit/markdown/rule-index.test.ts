import TurndownService from 'turndown';
import { describe, expect, it } from 'vitest';
import { createTurndown } from '../../../utils/markdown/create-turndown';
import { indexRules } from '../../../utils/markdown/rule-index';

const HTML = `<h2>Head <a href="#h">#</a></h2><p>Text with <code>code</code>, <em>em</em>, <del>gone</del>,
  <a href="/x">link</a> and <img src="/i.png" alt="i"></p><ul><li>one</li><li><input type="checkbox" checked> two</li></ul>
  <pre><code class="language-js">let a = 1;</code></pre><table><tr><th>A</th></tr><tr><td>1</td></tr></table>
  <blockquote>quote</blockquote><hr><script>x()</script><p></p><sup data-md-fnref="1">1</sup><br>`;

describe('indexRules', () => {
  it('picks the same rule as Turndown for every node', () => {
    const plain = createTurndown({ baseUrl: 'https://example.com/' });
    const rules = (plain as unknown as { rules: { forNode(n: Node): unknown } }).rules;
    const container = document.createElement('div');
    container.innerHTML = HTML;
    // Within a document: some filters look at the node's grandparent.
    document.body.appendChild(container);
    const nodes = Array.from(container.querySelectorAll('*'));
    const viaIndex = nodes.map((n) => rules.forNode(n));
    delete (rules as { forNode?: unknown }).forNode; // back to Turndown's own lookup
    expect(nodes.map((n) => rules.forNode(n))).toEqual(viaIndex);
    container.remove();
  });

  it('converts as the unindexed service does', () => {
    const indexed = new TurndownService();
    indexRules(indexed);
    expect(indexed.turndown(HTML)).toBe(new TurndownService().turndown(HTML));
  });
});
