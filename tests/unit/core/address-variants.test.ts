import { describe, expect, it } from 'vitest';
import { addressVariants } from '../../../utils/capture/address-variants';

describe('addressVariants', () => {
  it('finds the article behind tracking, AMP and mobile editions', () => {
    const canonical = 'https://www.courier.example/2026/ferry-vote';
    for (const url of [
      'https://www.courier.example/2026/ferry-vote?utm_source=newsletter#comments',
      'https://www.courier.example/2026/ferry-vote/amp',
      'https://www.courier.example/2026/ferry-vote/amp/',
      'https://amp.courier.example/2026/ferry-vote',
      'https://m.courier.example/2026/ferry-vote',
      'https://courier.example/2026/ferry-vote/',
      'https://www.courier.example/2026/ferry-vote?amp=1',
      'https://www.courier.example/2026/ferry-vote?outputType=amp',
    ])
      expect(addressVariants(url), url).toContain(canonical);
    expect(addressVariants('https://www.courier.example/2026/ferry-vote.amp.html')).toContain(
      'https://www.courier.example/2026/ferry-vote.html',
    );
  });

  it('keeps what names another page, and has nothing for addresses that are not http(s)', () => {
    const variants = addressVariants('https://courier.example/article?id=42&amp=1');
    expect(variants).toContain('https://courier.example/article?id=42');
    expect(variants.every((v) => v.includes('id=42'))).toBe(true);
    expect(addressVariants('https://courier.example/camp')).not.toContain('https://courier.example/c');
    expect(addressVariants('chrome://extensions/')).toEqual([]);
    expect(addressVariants(undefined)).toEqual([]);
  });
});
