import { recentTags } from '../../../utils/tags/recent-tags';

describe('recentTags', () => {
  it('offers the newest clips’ tags once each, newest first, up to the cap', () => {
    expect(recentTags([['b', 'a'], ['a', 'c'], ['d']], [], 3)).toEqual(['b', 'a', 'c']);
  });

  it('leaves out the clip’s own tags and chips already offered, folded', () => {
    expect(recentTags([['Storms', 'energy', 'ferries']], ['storm', 'Ferry'], 5)).toEqual(['energy']);
  });
});
