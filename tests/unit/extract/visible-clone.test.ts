import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { visibleClone } from '../../../utils/extract/visible-clone';

describe('visibleClone', () => {
  it('is the plain copy where the page has no computed style (the Node corpus and bench)', () => {
    const { window, document } = parseHTML(
      '<html><head><style>.x{display:none}</style></head><body><p class="x">Hidden by class</p><p>Shown</p></body></html>',
    );
    const clone = visibleClone(window as unknown as Window, document as unknown as Document);
    expect(clone).not.toBe(document);
    expect(clone.documentElement.outerHTML).toBe(document.documentElement.outerHTML);
  });
});
