import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tests/unit/parse-html';
import { parseInert } from './parse-inert';

describe('parseInert', () => {
  const doc = parseHtml('<html><body><p>page</p></body></html>', 'https://news.example/a');

  it('gives nodes of the target document, in order, keeping what a fragment starts with', () => {
    const fragment = parseInert(doc, 'lead <style>p{}</style><p>one</p><img src="a.jpg"> tail');
    const container = doc.createElement('div');
    container.appendChild(fragment);
    expect(container.innerHTML).toBe('lead <style>p{}</style><p>one</p><img src="a.jpg"> tail');
    expect(container.querySelector('img')!.ownerDocument).toBe(doc);
  });

  it('runs nothing in the markup', () => {
    const flag = globalThis as { inertRan?: boolean };
    const fragment = parseInert(
      doc,
      '<img src="x" onerror="globalThis.inertRan = true"><script>globalThis.inertRan = true</script>',
    );
    expect(fragment.querySelectorAll('img, script')).toHaveLength(2);
    expect(flag.inertRan).toBeUndefined();
  });

  it('gives the nodes in linkedom too (the DOM of the Node bench and test:blogs)', () => {
    const page = parseHTML('<html><body><p>page</p></body></html>').document;
    const fragment = parseInert(page, 'lead <style>p{}</style><p>one <b>two</b></p>');
    const container = page.createElement('div');
    container.appendChild(fragment);
    expect(container.innerHTML).toBe('lead <style>p{}</style><p>one <b>two</b></p>');
  });
});
