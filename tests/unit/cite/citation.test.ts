import { describe, expect, it } from 'vitest';
import { cslItem, cslName } from '../../../utils/cite/csl-item';
import { formatCitations } from '../../../utils/cite/format-citation';
import { sampleClip } from '../core/sample-clip';

const clip = sampleClip({
  slug: 'council-approves-tidal-barrage',
  title: 'Council approves {£380m} tidal barrage & "trust" $x_1$',
  author: 'Mara Lindqvist, Ludwig van Beethoven, Reuters',
  siteName: 'The Lakeside Courier',
  canonicalURL: 'https://news.example/a?b=1&c=2',
  pubDatetime: '2026-12-01T23:30:00Z',
  pubDay: '2026-12-02',
  description: '',
});
const item = cslItem(clip, '2026-12-05T09:00:00Z');

describe('citations of a clip (#14)', () => {
  it('reads names as CSL wants them, agencies whole', () => {
    expect(cslName('Mara Lindqvist')).toEqual({ given: 'Mara', family: 'Lindqvist' });
    expect(cslName('Ludwig van Beethoven')).toEqual({
      given: 'Ludwig',
      'non-dropping-particle': 'van',
      family: 'Beethoven',
    });
    expect(cslName('Reuters')).toEqual({ literal: 'Reuters' });
  });

  it('gives the published day the page states and the clip time as the access date', () => {
    expect(item).toMatchObject({
      type: 'article-newspaper',
      issued: { 'date-parts': [[2026, 12, 2]] },
      accessed: { 'date-parts': [[2026, 12, 5]] },
      'container-title': 'The Lakeside Courier',
    });
    expect(cslItem({ ...clip, pubDatetimeIsClipTime: true }, '2026-12-05T09:00:00Z')).not.toHaveProperty(
      'issued',
    );
  });

  it('writes BibTeX with TeX’s special characters escaped', () => {
    const bib = formatCitations([item], 'bibtex');
    expect(bib).toMatch(/^@article\{/);
    expect(bib).toContain('\\&');
    expect(bib).toContain('\\textdollar');
    expect(bib).not.toMatch(/title = \{[^\n]*[^\\]\$/);
    expect(bib).toContain('accessed 2026-12-05');
  });

  it('writes APA and Chicago references, and CSL-JSON that parses back', () => {
    expect(formatCitations([item], 'apa')).toBe(
      'Lindqvist, M., van Beethoven, L., & Reuters. (2026, December 2). Council approves {£380m} tidal barrage & “trust” $x_1$. The Lakeside Courier. https://news.example/a?b=1&c=2\n',
    );
    const chicago = formatCitations([item], 'chicago');
    expect(chicago).toContain('Lindqvist, Mara');
    expect(chicago).toContain('The Lakeside Courier');
    expect(chicago).toContain('December 2, 2026');
    // Chicago gives an access date only where the page states no date of its own.
    expect(chicago).not.toContain('Accessed');
    const undated = cslItem({ ...clip, pubDatetimeIsClipTime: true }, '2026-12-05T09:00:00Z');
    expect(formatCitations([undated], 'chicago')).toContain('Accessed December 5, 2026');
    expect(JSON.parse(formatCitations([item, item], 'csl-json'))).toEqual([item, item]);
  });
});
