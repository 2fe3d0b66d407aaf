import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { uniqueSafeFilenames as uniqueFilenames } from '../../../utils/export/safe-filename';
import { zipPosts } from '../../../utils/export/zip-posts';
import { sampleClip } from './sample-clip';

describe('zipPosts', () => {
  const clips = [
    sampleClip({ slug: 'same', canonicalURL: 'https://n.example/2', pubDatetime: '2024-02-01T00:00:00Z' }),
    sampleClip({ slug: 'same', canonicalURL: 'https://n.example/1', pubDatetime: '2024-01-01T00:00:00Z' }),
    sampleClip({ slug: 'other', canonicalURL: 'https://n.example/3' }),
  ];

  it('writes one unique <slug>.md per clip', () => {
    const files = unzipSync(zipPosts(clips, { defaultAuthor: '' }));
    expect(Object.keys(files)).toEqual(['same.md', 'other.md', 'same-2.md']);
    expect(strFromU8(files['same.md']!)).toContain('canonicalURL: https://n.example/1');
  });

  it('gives the same bytes for the same clips in any order', () => {
    const a = zipPosts(clips, { defaultAuthor: '' });
    const b = zipPosts([...clips].reverse(), { defaultAuthor: '' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('numbers repeated names', () => {
    expect(uniqueFilenames(['a', 'a', 'a-2', 'b'])).toEqual(['a.md', 'a-2.md', 'a-2-2.md', 'b.md']);
  });
});
