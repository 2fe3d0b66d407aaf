import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/extract/extract-page';
import { countWords, measureClip, MIN_WORDS } from '../../../utils/extract/thin-clip';
import { parseHtml } from '../parse-html';

const URL_ = 'https://news.example/story';
const body = (html: string) => parseHtml(`<!doctype html><body><article>${html}</article></body>`, URL_);
const measure = (html: string) => measureClip(body(html).querySelector('article') as Element);
const words = (n: number, word = 'harbour') => Array.from({ length: n }, () => word).join(' ');
const para = (n: number) => `<p>${words(n)}.</p>`;

describe('countWords', () => {
  it('counts words in spaced scripts and characters in Chinese and Japanese', () => {
    expect(countWords('The ferry left at dawn, on time.')).toBe(7);
    expect(countWords('渡轮在黎明时分准时出发')).toBe(11);
    expect(countWords('Newsclip 剪藏 works')).toBe(4);
    expect(countWords('  …  — ')).toBe(0);
  });

  it('counts a long text (read in pieces cut at whitespace) word for word', () => {
    // A results table: long runs of short cells and whitespace, 60,000 words.
    const table = 'Läufer 12,34 s\t  Verein Aalen\n'.repeat(12_000);
    expect(countWords(table)).toBe(60_000);
    expect(countWords('渡轮在黎明时分准时出发'.repeat(1_000))).toBe(11_000);
  });
});

describe('measureClip', () => {
  it('leaves a real article alone, however plain', () => {
    expect(measure(`<h1>Ferry returns</h1>${para(60)}${para(40)}`)).toEqual({ words: 102 });
  });

  it('says a short text is short', () => {
    expect(measure(`<h1>Ferry returns</h1>${para(30)}`)).toEqual({
      words: 32,
      thin: { reason: 'short', words: 32 },
    });
  });

  it('uses one threshold for every script: about 150 Chinese characters', () => {
    const zh = (n: number) => `<p>${'港'.repeat(n)}</p>`;
    expect(measure(zh(100)).thin?.reason).toBe('short');
    expect(measure(zh(160)).thin).toBeUndefined();
  });

  it('flags an app shell whose template was never filled in, even when long', () => {
    const shell = Array.from(
      { length: 30 },
      (_, i) => `<p>{{ article.paragraphs[${i}] | markdown }} by {{ article.author.name }}</p>`,
    ).join('');
    const result = measure(`<h1>{{ article.title }}</h1>${shell}`);
    expect(result.thin?.reason).toBe('template');
    expect(result.words).toBeGreaterThan(MIN_WORDS);
    expect(measure(`<p>{% block content %}{% endblock %} [[ page.body ]]</p>${para(10)}`).thin?.reason).toBe(
      'template',
    );
  });

  it('does not mistake a tutorial showing templates in code for a shell', () => {
    const code = `<pre><code>${'<p>{{ item.name }}</p> '.repeat(40).replace(/</g, '&lt;')}</code></pre>`;
    expect(measure(`${para(90)}${code}<p>Write {{ name }} to show it.</p>`).thin).toBeUndefined();
  });

  it('calls a heading and a caption around a picture what it is', () => {
    const photo = `<h1>Sunrise over the harbour</h1><figure><img src="a.jpg"><figcaption>${words(30)}</figcaption></figure>`;
    expect(measure(photo).thin).toEqual({ reason: 'caption', words: 34 });
    // A long caption does not make it an article: the body is what counts.
    const long = `<h1>Sunrise</h1><figure><img src="a.jpg"><figcaption>${words(120)}</figcaption></figure>${para(5)}`;
    expect(measure(long).thin?.reason).toBe('caption');
    // But a story whose paragraphs the site sets in figures is an article, however it is marked up.
    const framed = `<h1>Sunrise</h1>${Array.from({ length: 4 }, () => `<figure><figcaption>${words(70)}</figcaption></figure>`).join('')}`;
    expect(measure(framed).thin).toBeUndefined();
  });
});

describe('extractPage and thin articles', () => {
  const page = (html: string) =>
    parseHtml(`<!doctype html><html><head><title>Story</title></head><body>${html}</body></html>`, URL_);

  it('returns the article with its word count and the reason it looks thin', () => {
    const outcome = extractPage(
      page(
        `<article><h1>Photo of the day</h1><figure><img src="/a.jpg"><figcaption>${words(25)}</figcaption></figure></article>`,
      ),
      { url: URL_, mode: 'article' },
    );
    expect(outcome).toMatchObject({ ok: true, thin: { reason: 'caption' } });
    if (!outcome.ok) return;
    expect(outcome.extraction.wordCount).toBe(outcome.thin?.words);
    expect(outcome.extraction.markdown).toContain('harbour harbour');
  });

  it('says nothing of a full article but still counts its words', () => {
    const outcome = extractPage(
      page(`<article><h1>Ferry returns</h1>${para(80)}${para(80)}${para(80)}</article>`),
      {
        url: URL_,
        mode: 'article',
      },
    );
    expect(outcome.ok).toBe(true);
    expect('thin' in outcome).toBe(false);
    expect(outcome.ok && outcome.extraction.wordCount).toBeGreaterThanOrEqual(240);
  });
});
