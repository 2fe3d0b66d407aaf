import { md } from './convert';

describe('inline-code rule', () => {
  it('wraps code in backticks, longer ones when the code has backticks', () => {
    expect(md('<p>Run <code>npm test</code> or <code>a`b</code> or <code>`x`</code>.</p>')).toBe(
      'Run `npm test` or ``a`b`` or `` `x` ``.',
    );
  });

  it('keeps links and markup inside code as plain code text', () => {
    expect(md('<p>See <code><a href="/api">fetch()</a> *x*</code> and <kbd>Ctrl</kbd>.</p>')).toBe(
      'See `fetch() *x*` and `Ctrl`.',
    );
  });
});
