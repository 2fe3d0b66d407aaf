import type { Clip } from '@/utils/clip-schema';
import { slugify } from '@/utils/slugify';
import { seededRandom } from '../../scripts/bench/seeded-random';

const WORDS = (
  'council harbour ferry budget election minister climate energy turbine school hospital police court ' +
  'market inflation housing transport railway airport festival museum library river flood storm drought ' +
  'farmers workers union strike parliament senate mayor region city village bridge tunnel road cyclists ' +
  'science research vaccine health students teachers report survey data analysis policy reform tax'
).split(' ');

/** Clips of realistic size: 5–30 kB of Markdown, 1–6 tags from a vocabulary of 300. */
export function generateClips(count: number, seed = 42): Clip[] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const vocabulary = Array.from({ length: 300 }, (_, i) => `${pick(WORDS)}-${i}`);
  const sentence = () => {
    const n = 8 + Math.floor(rnd() * 14);
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
  };
  const base = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const title = `${sentence().slice(0, 70)} ${i}`;
    const target = 5_000 + Math.floor(rnd() * 25_000);
    const paragraphs: string[] = [];
    let size = 0;
    while (size < target) {
      const p = Array.from({ length: 4 + Math.floor(rnd() * 4) }, sentence).join(' ');
      paragraphs.push(p);
      size += p.length + 2;
    }
    const tags = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => pick(vocabulary)))];
    const published = new Date(base + Math.floor(rnd() * 600) * 86_400_000)
      .toISOString()
      .replace('.000Z', 'Z');
    const saved = new Date(base + i * 60_000).toISOString().replace('.000Z', 'Z');
    return {
      kind: 'article',
      url: `https://news${i % 40}.example/story/${i}`,
      canonicalURL: `https://news${i % 40}.example/story/${i}`,
      title,
      author: `Reporter ${i % 97}`,
      description: sentence(),
      slug: slugify(title),
      pubDatetime: published,
      pubDatetimeIsClipTime: false,
      modDatetime: null,
      featured: false,
      draft: rnd() < 0.3,
      tags,
      ogImage: null,
      siteName: `News ${i % 40}`,
      lang: 'en',
      markdown: paragraphs.join('\n\n'),
      sources: {},
      edited: [],
      savedAt: saved,
      updatedAt: saved,
    };
  });
}
