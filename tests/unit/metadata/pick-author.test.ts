import { isWeakAuthor, pickAuthor, type AuthorCandidate } from '../../../utils/metadata/pick-author';

describe('isWeakAuthor', () => {
  it.each([
    ['Metro Daily', true],
    ['metrodaily.example', true],
    ['Web Agency GmbH', true],
    ['jane.doe', true],
    ['@janedoe', true],
    ['Jane Doe', false],
    ['Redaktion', false],
    ['Bayerische Landesanstalt für Wald', true],
    ['Bund der Verbraucher', true],
    ['LN', true],
    ['wordpressadmin', true],
    ['孔德明', false],
  ])('%j → %s', (author, weak) => {
    expect(isWeakAuthor(author, 'Metro Daily', 'www.metrodaily.example')).toBe(weak);
  });
});

describe('pickAuthor', () => {
  it('prefers a person from metadata, then the byline, then a publisher-like value', () => {
    const site = ['Metro Daily', 'metrodaily.example'] as const;
    expect(pickAuthor([{ value: 'Jane Doe', source: 'json-ld' }], 'Other', ...site)?.value).toBe('Jane Doe');
    expect(pickAuthor([{ value: 'Metro Daily', source: 'meta' }], 'Jane Doe', ...site)).toEqual({
      value: 'Jane Doe',
      source: 'byline',
    });
    expect(pickAuthor([{ value: 'Metro Daily', source: 'meta' }], '', ...site)?.value).toBe('Metro Daily');
    expect(pickAuthor([], '', ...site)).toBeUndefined();
  });
});

describe('pickAuthor: first names', () => {
  it('lets the printed byline complete a metadata author that is only a first name', () => {
    const site = ['Metro Daily', 'metrodaily.example'] as const;
    expect(pickAuthor([{ value: 'Todd', source: 'json-ld' }], 'Todd Bates', ...site)?.value).toBe(
      'Todd Bates',
    );
    expect(pickAuthor([{ value: 'Todd', source: 'json-ld' }], 'Ann Lee', ...site)?.value).toBe('Todd');
  });
});

describe('pickAuthor: metadata authors the page never prints', () => {
  it('lets a printed personal byline beat them, but not a desk name or a publisher', () => {
    const site = ['Metro Daily', 'metrodaily.example'] as const;
    const cms: AuthorCandidate[] = [{ value: 'Marcin Wojtczuk', source: 'meta' }];
    const unprinted = { metadataUnprinted: true };
    expect(pickAuthor(cms, 'Ned Deily', ...site, unprinted)?.value).toBe('Ned Deily');
    expect(pickAuthor(cms, 'Ned Deily', ...site)?.value).toBe('Marcin Wojtczuk');
    expect(pickAuthor(cms, 'Redaktion', ...site, unprinted)?.value).toBe('Marcin Wojtczuk');
    expect(pickAuthor(cms, 'Metro Daily', ...site, unprinted)?.value).toBe('Marcin Wojtczuk');
    expect(pickAuthor(cms, '', ...site, unprinted)?.value).toBe('Marcin Wojtczuk');
  });
});
