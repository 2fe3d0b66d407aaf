import { pickDescription } from '../../../utils/metadata/pick-description';
import { extractMetadata } from '../../../utils/metadata/extract-metadata';
import { parseHtml } from './load-fixture';

describe('pickDescription', () => {
  const whole = 'Die Regierung will die Förderung bis 2030 verlängern und die Mittel verdoppeln.';

  it('takes a later source’s whole text over the first one’s cut copy, with or without an ellipsis', () => {
    expect(
      pickDescription([
        ['Die Regierung will die Förderung bis', 'json-ld'],
        [whole, 'og'],
      ]),
    ).toEqual([whole, 'og']);
    expect(
      pickDescription([
        ['Die Regierung will die Förderung bis …', 'json-ld'],
        [whole, 'og'],
      ]),
    ).toEqual([whole, 'og']);
  });

  it('keeps the first when it is whole, different, or too short to tell', () => {
    expect(
      pickDescription([
        [whole, 'json-ld'],
        ['Another teaser entirely.', 'og'],
      ])?.[1],
    ).toBe('json-ld');
    expect(
      pickDescription([
        ['Die Regierung', 'json-ld'],
        [whole, 'og'],
      ])?.[1],
    ).toBe('json-ld');
    expect(pickDescription([])).toBeUndefined();
  });

  it('in the metadata: the og:description, whole, beats a JSON-LD description cut mid-phrase', () => {
    const doc =
      parseHtml(`<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Förderung",
      "description":"Die Regierung will die Förderung bis"}</script>
      <meta property="og:description" content="${whole}"></head><body><h1>Förderung</h1></body>`);
    const meta = extractMetadata(doc, 'https://news.example/foerderung');
    expect(meta.description).toBe(whole);
    expect(meta.sources.description).toBe('og');
  });
});
