import { describe, expect, it } from 'vitest';
import { addImageSources, readImageSources } from '../../../utils/export/image-sources';
import { renderPost } from '../../../utils/export/render-post';
import { importPost } from '../../../utils/import/import-post';
import { sampleClip } from '../core/sample-clip';

const URL_A = 'https://img.example/a/harbour.png';
const URL_B = 'https://img.example/b/ferry%20deck.jpg?w=800';

describe('imageSources: a post with saved images reads back as the clip it was exported from', () => {
  it('records each local copy’s address as the frontmatter’s last key, and the import links the addresses again', () => {
    const clip = sampleClip({
      canonicalURL: 'https://news.example/harbour',
      markdown: `![Harbour](${URL_A})\n\nText.\n\n![Deck](${URL_B} "The deck")`,
    });
    const rendered = renderPost(clip, { attribution: false });
    const local = rendered
      .replace(`(${URL_A})`, '(harbour/1-harbour.png)')
      .replace(`(${URL_B} `, '(harbour/2-ferry-deck.jpg ');
    const text = addImageSources(
      local,
      new Map([
        ['harbour/1-harbour.png', URL_A],
        ['harbour/2-ferry-deck.jpg', URL_B],
      ]),
    );
    expect(text).toContain(
      `imageSources:\n  harbour/1-harbour.png: ${URL_A}\n  harbour/2-ferry-deck.jpg: ${URL_B}\n---\n\n`,
    );
    expect(importPost('harbour.md', text).clip?.markdown).toBe(clip.markdown);
  });

  it('leaves a post without saved images as it was', () => {
    const text = renderPost(sampleClip({}), { attribution: false });
    expect(addImageSources(text, new Map())).toBe(text);
  });

  it('takes only relative links to http(s) addresses from an untrusted file', () => {
    const sources = readImageSources({
      imageSources: {
        'p/1-a.png': 'javascript:alert(1)',
        'p/2-b.png': 'data:image/png;base64,AAAA',
        'https://evil.example/x.png': 'https://img.example/x.png',
        '/etc/passwd': 'https://img.example/y.png',
        'p/3-c.png': 42,
        'p/5-e.png': 'https://img.example/e.png"onerror="alert(1)',
        'p/6-f.png': 'https://img.example/f.png><script>',
        'p/4 d.png': 'https://img.example/d.png',
      },
    });
    expect([...sources]).toEqual([
      ['p/4 d.png', 'https://img.example/d.png'],
      ['p/4%20d.png', 'https://img.example/d.png'],
    ]);
    expect(readImageSources({ imageSources: ['https://img.example/x.png'] }).size).toBe(0);
  });
});
