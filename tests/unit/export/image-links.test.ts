import { describe, expect, it } from 'vitest';
import { findImageUrls, imageFileName, rewriteImageLinks } from '../../../utils/export/image-links';

const md = [
  'Intro ![A \\[map\\]](https://img.example/a/Harbour%20Map.PNG "The harbour") text.',
  '![](https://img.example/photo.php?id=3)',
  '![dup](https://img.example/a/Harbour%20Map.PNG)',
  '![paren](https://img.example/x\\(1\\).jpg)',
  '![local](/relative.png) [link](https://img.example/not-an-image.png)',
  '<img alt="raw" src="https://img.example/raw.gif?a=1&amp;b=2">',
].join('\n\n');

describe('image links', () => {
  it('finds each distinct http(s) image once, in order, and ignores plain links', () => {
    expect(findImageUrls(md)).toEqual([
      'https://img.example/a/Harbour%20Map.PNG',
      'https://img.example/photo.php?id=3',
      'https://img.example/x(1).jpg',
      'https://img.example/raw.gif?a=1&b=2',
    ]);
  });

  it('names files by index and sanitized basename, preferring the content type for the extension', () => {
    expect(imageFileName(1, 'https://img.example/a/Harbour%20Map.PNG')).toBe('1-harbour-map.png');
    expect(imageFileName(2, 'https://img.example/photo.php?id=3', 'image/jpeg; q=1')).toBe('2-photo.jpg');
    expect(imageFileName(3, 'https://img.example/', '')).toBe('3-image.img');
    expect(imageFileName(4, 'https://img.example/Ünïcode ©.webp')).toBe('4-unicode.webp');
  });

  it('rewrites only the mapped images, keeping alt text and titles', () => {
    const local = new Map([
      ['https://img.example/a/Harbour%20Map.PNG', 'post/1-harbour-map.png'],
      ['https://img.example/raw.gif?a=1&b=2', 'post/4-raw.gif'],
    ]);
    const out = rewriteImageLinks(md, local);
    expect(out).toContain('![A \\[map\\]](post/1-harbour-map.png "The harbour")');
    expect(out).toContain('![dup](post/1-harbour-map.png)');
    expect(out).toContain('![](https://img.example/photo.php?id=3)');
    expect(out).toContain('![paren](https://img.example/x\\(1\\).jpg)');
    expect(out).toContain('<img alt="raw" src="post/4-raw.gif">');
    expect(rewriteImageLinks(md, new Map())).toBe(md);
  });
});
