import { describe, expect, it } from 'vitest';
import { attributionLine, stripAttribution } from '../../../utils/export/attribution';
import { DEFAULT_ATTRIBUTION_TEMPLATE, exportOptionsSchema } from '../../../utils/export/export-options';
import { sampleClip } from '../core/sample-clip';

const T = DEFAULT_ATTRIBUTION_TEMPLATE;

describe('attribution line', () => {
  it('fills site, date and URL', () => {
    expect(attributionLine(sampleClip({ siteName: 'The Courier' }), T)).toBe(
      'Originally published by The Courier on 2024-01-26: <https://news.example/a>',
    );
  });

  it('uses the host when the clip has no site name, and writes the site as text, never markup', () => {
    expect(attributionLine(sampleClip({ siteName: '' }), '{site}')).toBe('news.example');
    expect(
      attributionLine(sampleClip({ siteName: '<img src=x onerror=alert(1)> *Big*\nNews' }), '{site}'),
    ).toBe('\\<img src=x onerror=alert(1)\\> \\*Big\\* News');
  });

  it('breaks template delimiters in a site name (Hugo and Jekyll read the raw file)', () => {
    const line = attributionLine(sampleClip({ siteName: '{{< x >}} {% raw %}' }), '{site}');
    expect(line).toBe('\\{\\{\\< x \\>\\}\\} \\{\\% raw %\\}');
    expect(line).not.toMatch(/\{[{%]/);
    const body = `Text.\n\n${line}\n`;
    expect(stripAttribution(body, sampleClip(), '{site}').siteName).toBe('{{< x >}} {% raw %}');
  });

  it('says the page stated no date, and an import reads the clip back undated (#17)', () => {
    const clip = sampleClip({ siteName: 'Courier', pubDatetimeIsClipTime: true });
    const line = attributionLine(clip, T);
    expect(line).toBe('Originally published by Courier on an unstated date: <https://news.example/a>');
    expect(stripAttribution(`Text.\n\n${line}\n`, clip, T)).toEqual({
      body: 'Text.\n\n',
      siteName: 'Courier',
      undated: true,
    });
  });

  it('takes a custom template', () => {
    const clip = sampleClip({ siteName: 'Courier' });
    expect(attributionLine(clip, 'Source: [{site}]({url}), {date}')).toBe(
      'Source: [Courier](<https://news.example/a>), 2024-01-26',
    );
  });

  it('strips the line of a post dated at the end of year 9999 (the day after is not YYYY-MM-DD)', () => {
    for (const pubDatetime of ['9999-12-31T00:00:00Z', '9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z']) {
      const clip = sampleClip({ siteName: 'Courier', pubDatetime });
      const out = stripAttribution(`Text.\n\n${attributionLine(clip, T)}\n`, clip, T);
      expect(out).toEqual({ body: 'Text.\n\n', siteName: 'Courier', pubDay: pubDatetime.slice(0, 10) });
    }
    expect(stripAttribution('Text.', { pubDatetime: '+010000-01-01T00:00:00Z' }, T)).toEqual({
      body: 'Text.',
    });
  });

  it('is stripped back exactly, giving the site name', () => {
    for (const template of [T, 'Source: [{site}]({url}), {date} — {site}', '{url}']) {
      for (const siteName of ['The Courier', 'A*B_C [x] <y> \\ z', 'on 2024-01-26: by', '{{x}}']) {
        const clip = sampleClip({ siteName });
        const body = `Text.\n\n${attributionLine(clip, template)}\n`;
        const out = stripAttribution(body, clip, template);
        expect(out.body.trim()).toBe('Text.');
        if (template.includes('{site}')) expect(out.siteName).toBe(siteName);
      }
    }
  });

  it('leaves a line that names another date or URL, or is not last', () => {
    const line = attributionLine(sampleClip({ siteName: 'S' }), T);
    const other = sampleClip({ canonicalURL: 'https://news.example/b' });
    expect(stripAttribution(`Text.\n\n${line}\n`, other, T).body).toBe(`Text.\n\n${line}\n`);
    expect(stripAttribution(`${line}\n\nMore.\n`, sampleClip(), T).siteName).toBeUndefined();
    expect(stripAttribution(`${line}\n`, sampleClip(), T)).toEqual({
      body: '',
      siteName: 'S',
      pubDay: sampleClip().pubDatetime.slice(0, 10),
    });
    // A day two days off the UTC date is no zone's reading of it: another date.
    const far = sampleClip({ pubDay: '2020-01-01' });
    expect(stripAttribution(attributionLine(far, T), sampleClip(), T).body).toBe(attributionLine(far, T));
  });

  it('reads the host back as no site name', () => {
    const clip = sampleClip({ siteName: '' });
    expect(stripAttribution(attributionLine(clip, T), clip, T)).toEqual({
      body: '',
      pubDay: clip.pubDatetime.slice(0, 10),
    });
  });

  it('gives the day the page stated, and reads it back from the line', () => {
    // 00:30 in Berlin is 23:30 UTC the day before: the line names the page's day.
    const clip = sampleClip({ pubDatetime: '2022-11-06T23:30:00Z', pubDay: '2022-11-07' });
    const line = attributionLine(clip, T);
    expect(line).toContain('2022-11-07');
    const { pubDatetime, canonicalURL } = clip;
    expect(stripAttribution(`Text.\n\n${line}`, { pubDatetime, canonicalURL }, T)).toMatchObject({
      body: 'Text.\n\n',
      pubDay: '2022-11-07',
    });
    // Clips saved before the day was kept give the UTC day, as before.
    expect(attributionLine(sampleClip({ pubDatetime: '2022-11-06T23:30:00Z' }), T)).toContain('2022-11-06');
  });

  it('is on by default and must be one line', () => {
    expect(exportOptionsSchema.parse({})).toMatchObject({ attribution: true, attributionTemplate: T });
    expect(exportOptionsSchema.safeParse({ attributionTemplate: 'a\nb' }).success).toBe(false);
  });
});
