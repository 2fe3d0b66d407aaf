import { sortClips } from '../../../components/library/sort-clips';
import type { StoredSummary } from '../../../utils/clip-schema';
import { sampleClip } from './sample-clip';

const summary = (id: number, pubDatetime: string, undated = false): StoredSummary => {
  const { markdown: _markdown, ...rest } = sampleClip({
    pubDatetime,
    pubDatetimeIsClipTime: undated,
    savedAt: '2026-12-01T00:00:00Z',
  });
  return { ...rest, id };
};

describe('sortClips', () => {
  it('puts clips whose page stated no date after the dated ones when sorting by published date', () => {
    const clips = [
      summary(1, '2026-12-04T09:00:00Z', true),
      summary(2, '2026-11-30T08:00:00Z'),
      summary(3, '2026-12-02T08:00:00Z'),
      summary(4, '2026-12-03T09:00:00Z', true),
    ];
    expect(sortClips(clips, 'published').map((c) => c.id)).toEqual([3, 2, 1, 4]);
    // By clip time, the flag means nothing.
    expect(sortClips(clips, 'saved').map((c) => c.id)).toEqual([4, 3, 2, 1]);
  });
});
