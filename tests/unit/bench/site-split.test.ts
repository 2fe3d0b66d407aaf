import { describe, expect, it } from 'vitest';
import { halfOf, siteOf, siteOfEvalPage } from '../../../scripts/bench/site-split';

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

describe('siteOfEvalPage', () => {
  it('takes a URL-keyed page’s site from its URL', () => {
    expect(siteOfEvalPage({ key: 'https://www.dw.com/en/x', url: 'https://www.dw.com/en/x' })).toBe('dw.com');
  });

  it('takes a file-keyed page’s site from the host its name starts with, never from a path on disk', () => {
    const site = (key: string) => siteOfEvalPage({ key, url: 'http://fakehost/trafilatura/x.html' });
    expect(site('hard::dw.com.colonial.html')).toBe('dw.com');
    expect(site('hard::jamaica.gleaner.com-victims.html')).toBe('gleaner.com');
    expect(site('hard::mercurynews.com.2023.01.16.letters-1119.html')).toBe('mercurynews.com');
    expect(site('hard::panamaamerica.com.pa-apropiarse.html')).toBe('panamaamerica.com.pa');
    expect(site('hard::blog.python.org.html')).toBe('python.org');
    expect(site('recall::elnuevoherald.com-miami.html')).toBe('elnuevoherald.com');
  });
});
