import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../components/format-date';
import { postFilename } from '../../../utils/export/render-post';
import { publishedDay } from '../../../utils/published-day';
import { sampleClip } from './sample-clip';

describe('the published day', () => {
  it('is the page’s day everywhere: the list shows the day the file is named with', () => {
    // 02:00 UTC on the 22nd is still the 21st where the page was published (its pubDay).
    const clip = { ...sampleClip(), pubDatetime: '2018-12-22T02:00:00Z', pubDay: '2018-12-21' };
    expect(publishedDay(clip)).toBe('2018-12-21');
    expect(formatDay(publishedDay(clip))).toBe('Dec 21, 2018');
    expect(postFilename(clip, { profile: 'jekyll' })).toMatch(/^2018-12-21-/);
    // A clip that doesn't know the page's day: the UTC day, in the list and the file alike.
    const { pubDay: _, ...unknown } = clip;
    expect(formatDay(publishedDay(unknown))).toBe('Dec 22, 2018');
  });
});
