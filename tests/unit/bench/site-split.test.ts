import { describe, expect, it } from 'vitest';
import { halfOf, siteOf } from '../../../scripts/bench/site-split';

describe('siteOf', () => {
  it('keeps the registrable part of the host', () => {
    expect(siteOf('https://www.spiegel.de/politik/a-1.html')).toBe('spiegel.de');
    expect(siteOf('https://news.bbc.co.uk/2/hi/x.stm')).toBe('bbc.co.uk');
    expect(siteOf('http://blog.example.com/post')).toBe('example.com');
  });

  it('uses a non-URL (publisher, case name) as given, lower-cased', () => {
    expect(siteOf('The Guardian')).toBe('the guardian');
  });
});

describe('halfOf', () => {
  it('is stable: the same site always lands in the same half', () => {
    expect(halfOf('spiegel.de')).toBe(halfOf(siteOf('https://www.spiegel.de/other/page')));
    expect(halfOf('bbc.co.uk')).toBe(halfOf('bbc.co.uk'));
  });

  it('keeps the halves of known sites (changing the hash would reshuffle every corpus)', () => {
    expect(['spiegel.de', 'bbc.co.uk', 'nytimes.com'].map(halfOf)).toEqual([
      'tuning',
      'checking',
      'checking',
    ]);
  });

  it('splits many sites roughly in half', () => {
    const sites = Array.from({ length: 1000 }, (_, i) => `site${i}.example`);
    const tuning = sites.filter((s) => halfOf(s) === 'tuning').length;
    expect(tuning).toBeGreaterThan(450);
    expect(tuning).toBeLessThan(550);
  });
});
