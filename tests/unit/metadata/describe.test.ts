import { describe as describeClip, truncateText } from '../../../utils/metadata/describe';

describe('describe', () => {
  it('keeps the page description as it is', () => {
    expect(describeClip('  A short   summary. ', 'Body text.')).toBe('A short summary.');
  });

  it('falls back to the first sentences of the article text', () => {
    const text =
      'First sentence here. Second sentence follows it. ' + 'More words keep coming here. '.repeat(10);
    const description = describeClip('', text);
    expect(description.length).toBeLessThanOrEqual(161);
    expect(description.startsWith('First sentence here. Second sentence follows it.')).toBe(true);
    expect(describeClip(undefined, null)).toBe('');
  });
});

describe('truncateText', () => {
  it('cuts on a word boundary with an ellipsis when there is no sentence end', () => {
    const text = 'word '.repeat(60);
    const cut = truncateText(text);
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(161);
  });

  it('returns short text unchanged', () => {
    expect(truncateText('Short.')).toBe('Short.');
  });
});
