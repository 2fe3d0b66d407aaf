import { agreement, pickTitle, type TitleCandidate } from '../../../utils/metadata/pick-title';

describe('pickTitle', () => {
  const ctx = { siteName: 'Metro Daily' };

  it('uses the h1 when it agrees with a metadata title', () => {
    const picked = pickTitle(
      [{ value: 'Rents rise again in May | Metro Daily', source: 'og' }],
      'Rents rise again in May',
      ctx,
    );
    expect(picked).toEqual({ value: 'Rents rise again in May', source: 'h1' });
  });

  it('keeps the metadata title when the h1 is unrelated (a section name) or equals the site name', () => {
    const candidates: TitleCandidate[] = [{ value: 'Rents rise again in May', source: 'json-ld' }];
    expect(pickTitle(candidates, 'Press releases', ctx)?.source).toBe('json-ld');
    expect(pickTitle(candidates, 'Metro Daily', ctx)?.source).toBe('json-ld');
  });

  it('drops a kicker or subtitle run into the h1 when a metadata title is the rest of it', () => {
    const picked = pickTitle(
      [{ value: 'Why teams beat lone geniuses', source: 'og' }],
      'Open ProgressWhy teams beat lone geniuses',
      ctx,
    );
    expect(picked?.value).toBe('Why teams beat lone geniuses');
  });

  it('falls back to the h1 alone, or nothing', () => {
    expect(pickTitle([], 'Only a headline', ctx)).toEqual({ value: 'Only a headline', source: 'h1' });
    expect(pickTitle([], '', ctx)).toBeUndefined();
  });

  it('measures word agreement both ways', () => {
    expect(agreement('a b c d', 'a b c d e f g h')).toBe(1);
    expect(agreement('x y', 'a b')).toBe(0);
  });
});

describe('pickTitle: site and SEO titles', () => {
  it('passes over a metadata title that is only the site name', () => {
    const candidates: TitleCandidate[] = [
      { value: 'Metro Daily', source: 'og' },
      { value: 'Match report: Lorient 2, Lyon 1', source: 'title-tag' },
    ];
    expect(pickTitle(candidates, '', { siteName: 'Metro Daily' })?.value).toBe(
      'Match report: Lorient 2, Lyon 1',
    );
  });

  it('prefers a disagreeing h1 over a metadata title that only copies the <title>', () => {
    const seo = 'Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten';
    const candidates: TitleCandidate[] = [
      { value: seo, source: 'json-ld' },
      { value: seo, source: 'title-tag' },
    ];
    const h1 = 'Wie hoch sind die Zinsen für einen Privatkredit?';
    expect(pickTitle(candidates, h1, {})).toEqual({ value: h1, source: 'h1' });
    // An editorial og:title that differs from the <title> keeps its priority over an unrelated h1.
    const editorial: TitleCandidate[] = [
      { value: 'Rents rise again in May', source: 'og' },
      { value: 'Rents | Metro Daily', source: 'title-tag' },
    ];
    expect(pickTitle(editorial, 'Press releases and more', {})?.source).toBe('og');
  });
});
