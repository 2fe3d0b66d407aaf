import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportZip } from '../../../utils/export/export-zip';
import { fetchImages } from '../../../utils/export/fetch-images';
import { sampleClip } from '../core/sample-clip';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

/** A fake network: each URL answers as described, and every request is recorded. */
function fakeFetch(requests: string[] = []): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    requests.push(url);
    if (url.includes('/hang')) {
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    if (url.includes('/missing')) return new Response('no', { status: 404 });
    if (url.includes('/page')) return new Response('<html>', { headers: { 'content-type': 'text/html' } });
    if (url.includes('/huge'))
      return new Response(new Uint8Array(2000), { headers: { 'content-type': 'image/png' } });
    if (url.includes('/offline')) throw new TypeError('Failed to fetch');
    return new Response(PNG, { headers: { 'content-type': 'image/png' } });
  }) as typeof fetch;
}

describe('fetchImages', () => {
  it('fetches each URL once and explains every failure', async () => {
    const requests: string[] = [];
    const progress: number[] = [];
    const urls = ['a/ok.png', 'a/missing.png', 'a/page', 'a/huge.png', 'a/offline.png', 'a/hang.png'].map(
      (p) => `https://img.example/${p}`,
    );
    const result = await fetchImages([...urls, urls[0]!, 'ftp://img.example/x.png'], {
      fetch: fakeFetch(requests),
      timeoutMs: 50,
      maxBytes: 1000,
      concurrency: 2,
      onDone: (done) => progress.push(done),
    });
    expect(requests).toHaveLength(6);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const reasons = Object.fromEntries([...result].map(([u, r]) => [u.split('/').pop(), r.ok || r.reason]));
    expect(reasons).toEqual({
      'ok.png': true,
      'missing.png': 'HTTP 404',
      page: 'not an image (text/html)',
      'huge.png': 'larger than 1000 bytes',
      'offline.png': 'Failed to fetch',
      'hang.png': 'timed out',
      'x.png': 'not an http(s) URL',
    });
  });
});

describe('exportZip with saveImages', () => {
  const clips = [
    sampleClip({
      slug: 'harbour',
      canonicalURL: 'https://n.example/h',
      markdown:
        'Text\n\n![Map](https://img.example/map.png "Map")\n\n![Gone](https://img.example/missing.jpg)',
    }),
  ];

  it('stores images next to the post, links them relatively and reports the failures', async () => {
    const progress: [number, number][] = [];
    const zip = await exportZip(
      clips,
      { saveImages: true },
      {
        fetch: fakeFetch(),
        onProgress: (done, total) => progress.push([done, total]),
      },
    );
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual([
      'blog/harbour.md',
      'blog/harbour/1-map.png',
      'blog/images-report.txt',
    ]);
    expect(files['blog/harbour/1-map.png']).toEqual(PNG);
    const post = strFromU8(files['blog/harbour.md']!);
    expect(post).toContain('![Map](harbour/1-map.png "Map")');
    expect(post).toContain('![Gone](https://img.example/missing.jpg)');
    expect(strFromU8(files['blog/images-report.txt']!)).toContain(
      'blog/harbour.md\thttps://img.example/missing.jpg\tHTTP 404',
    );
    expect(progress.at(-1)).toEqual([3, 3]);
    // Deterministic: the same clips and responses give the same bytes.
    expect(await exportZip(clips, { saveImages: true }, { fetch: fakeFetch() })).toEqual(zip);
  });

  it('without the option, fetches nothing and writes the same bytes as before', async () => {
    const requests: string[] = [];
    const plain = await exportZip(clips, {});
    expect(await exportZip(clips, { saveImages: false }, { fetch: fakeFetch(requests) })).toEqual(plain);
    expect(requests).toEqual([]);
  });
});
