import { popupTagChips } from '../../../utils/tags/popup-tag-chips';

const ranked = Array.from({ length: 300 }, (_, i) => ({ tag: `tag${i}`, count: 300 - i }));

describe('popupTagChips', () => {
  it('shows a few chips out of hundreds of tags: the newest clips’ tags first, then the most used', () => {
    const chips = popupTagChips({ ranked, recent: [['tag250', 'tag3'], [], ['tag299', 'tag250']], max: 5 });
    expect(chips.map((c) => c.tag)).toEqual(['tag250', 'tag3', 'tag299', 'tag0', 'tag1']);
    expect(chips[0]).toEqual({ tag: 'tag250', count: 50 });
  });

  it('keeps pinned tags (the selected filter, the page’s clip’s tags) beyond the cap, first', () => {
    const chips = popupTagChips({ ranked, recent: [['tag1']], pinned: ['tag200', 'tag201'], max: 1 });
    expect(chips.map((c) => c.tag)).toEqual(['tag200', 'tag201']);
  });

  it('leaves out tags no clip has any more, and repeats none', () => {
    const chips = popupTagChips({
      ranked: [{ tag: 'a', count: 1 }],
      recent: [['gone', 'a', 'a']],
      pinned: ['gone', 'a'],
    });
    expect(chips).toEqual([{ tag: 'a', count: 1 }]);
  });
});
