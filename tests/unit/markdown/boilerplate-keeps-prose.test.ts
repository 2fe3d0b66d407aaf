/**
 * Property: boilerplate removal never takes the article's prose. Random articles mix paragraphs of real prose
 * (40 words or more, a link or none) with every kind of boilerplate the passes remove, in random places and
 * wrappers; every prose paragraph must come through whole.
 */
import { seededRandom } from '../../../scripts/bench/seeded-random';
import { md } from './convert';

const WORDS =
  'council harbour ferry island village winter vote budget lease crew residents clinic school road ice boats pier reserve grant ticket timetable summer service mayor report'.split(
    ' ',
  );

const BOILERPLATE = [
  '<ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/contact">Contact</a></li></ul>',
  '<div><span>Image 1 of 9</span> <span>Caption</span> <span>Close</span></div>',
  '<p>4 Min Read</p>',
  '<span>Slideshow ( 15 images )</span>',
  '<p>mehr anzeigen</p>',
  '<figure><img src="/a.jpg" alt=""><figcaption>A caption that the page prints twice.</figcaption></figure><p>A caption that the page prints twice.</p>',
  '<h3>More Business News</h3><div><div><span>Retail</span> <a href="/b/1">Bakery opens a third shop</a></div><div><span>Jobs</span> <a href="/b/2">Warehouse will hire 200 people</a></div><div><span>Markets</span> <a href="/b/3">Market adds twelve stalls</a></div></div>',
  '<p><a href="#img-1"><img src="/b.jpg" alt="Pier"></a></p>',
];

function prose(random: () => number, n: number): string {
  const words = Array.from(
    { length: 40 + Math.floor(random() * 30) },
    () => WORDS[Math.floor(random() * WORDS.length)],
  );
  words[0] = `Paragraph${n}`;
  if (random() < 0.3) words[5] = `<a href="/news/${n}">${words[5]}</a>`;
  return words.join(' ') + '.';
}

describe('boilerplate removal keeps the prose', () => {
  it('keeps every paragraph of 40 words or more with few links, wherever the boilerplate sits', () => {
    const random = seededRandom(12);
    for (let round = 0; round < 60; round++) {
      const paragraphs: string[] = [];
      const blocks: string[] = [];
      const count = 2 + Math.floor(random() * 5);
      for (let i = 0; i < count; i++) {
        if (random() < 0.6) blocks.push(BOILERPLATE[Math.floor(random() * BOILERPLATE.length)]!);
        const p = prose(random, i);
        paragraphs.push(p);
        const wrap = random();
        blocks.push(
          wrap < 0.2
            ? `<section class="story-part"><p>${p}</p></section>`
            : wrap < 0.4
              ? `<div><p>${p}</p></div>`
              : wrap < 0.5
                ? `<h4>${p}</h4>` // pages that set their text in headings
                : `<p>${p}</p>`,
        );
      }
      if (random() < 0.7) blocks.push(BOILERPLATE[Math.floor(random() * BOILERPLATE.length)]!);
      const out = md(blocks.join(''), { dropMetadataLines: true }).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      for (const p of paragraphs) expect(out, `round ${round}`).toContain(p.replace(/<[^>]+>/g, ''));
    }
  });
});
