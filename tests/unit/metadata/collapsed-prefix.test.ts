import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collapsedPrefix } from '../../../utils/metadata/collapsed-prefix';
import { parseHtml } from './load-fixture';

const collapse = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

const BODIES = [
  '',
  '   ',
  'Posted <b>3 May</b> <!-- note --> 2020',
  `<span>  12. Mai 2021 </span>\n\n<div>${'word  \n '.repeat(80)}</div>`,
  `${' \n'.repeat(200)}<p>late</p>${'x'.repeat(50)}<i>${'y '.repeat(100)}</i>`,
  `<ul>${'<li>  a  b  </li>'.repeat(60)}</ul>`,
];

const check = (make: (html: string) => Element) => {
  for (const body of BODIES) {
    const el = make(body);
    const full = collapse(el.textContent);
    for (const min of [0, 5, 30, 120]) {
      const prefix = collapsedPrefix(el, min);
      if (full.length <= min) expect(prefix).toBe(full);
      else {
        expect(prefix.length).toBeGreaterThan(min);
        expect(full.startsWith(prefix)).toBe(true);
      }
    }
  }
};

describe('collapsedPrefix', () => {
  it('is the collapsed text, or a prefix of it longer than asked (happy-dom)', () =>
    check((html) => {
      const div = parseHtml('<div></div>').querySelector('div') as Element;
      div.innerHTML = html;
      return div;
    }));
  it('is the collapsed text, or a prefix of it longer than asked (linkedom)', () =>
    check(
      (html) =>
        parseHTML(`<html><body><div>${html}</div></body></html>`).document.querySelector('div') as Element,
    ));
});
