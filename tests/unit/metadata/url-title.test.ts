import { titleFromUrl } from '../../../utils/metadata/url-title';

describe('titleFromUrl', () => {
  it('turns the slug into words, or falls back to the host', () => {
    expect(titleFromUrl('https://n.example/news/big-storm-hits_coast.html')).toBe('big storm hits coast');
    expect(titleFromUrl('https://n.example/')).toBe('n.example');
  });
});
