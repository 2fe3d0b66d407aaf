import { describe, expect, it } from 'vitest';
import { signatureOf } from '../../../utils/metadata/article-signature';
import { extractPage } from '../../../utils/extract/extract-page';
import { loadMetadataFixture, parseHtml } from './load-fixture';

const article = (end: string) =>
  parseHtml(`<article><p>${'Ein Absatz des Textes. '.repeat(10)}</p>${end}</article>`).querySelector(
    'article',
  )!;

describe('signatureOf', () => {
  it('reads a name over the date, and a full name set apart in italics or at the right margin', () => {
    expect(signatureOf(article('<p>Benni<br>10. September 2017</p>'))).toBe('Benni');
    expect(signatureOf(article('<p align="right"><em>Denis Clerc</em></p>'))).toBe('Denis Clerc');
    expect(signatureOf(article('<p style="text-align: right">Jan de Vries</p>'))).toBe('Jan de Vries');
  });

  it('looks above the footnotes under the signature', () => {
    expect(signatureOf(article('<p><em>Denis Clerc</em></p><p>(1) Ces chiffres sont de 2006.</p>'))).toBe(
      'Denis Clerc',
    );
  });

  it('takes no ordinary last line: a greeting, a sentence, a single word, a name that is not the last block', () => {
    expect(signatureOf(article('<p>Frohe Weihnachten</p>'))).toBeNull();
    expect(signatureOf(article('<p><em>Mehr dazu morgen.</em></p>'))).toBeNull();
    expect(signatureOf(article('<p><em>Benni</em></p>'))).toBeNull();
    expect(
      signatureOf(article('<p><em>Denis Clerc</em></p><p>Noch ein Absatz mit Text danach.</p>')),
    ).toBeNull();
    expect(signatureOf(article('<p>Benni<br>Grüße aus Berlin</p>'))).toBeNull();
  });
});

describe('the sign-off as the author', () => {
  it('is the author of a page that names none elsewhere', () => {
    const outcome = extractPage(loadMetadataFixture('article-signature.html'), {
      url: 'https://prof-pc.example/',
      mode: 'article',
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.extraction.author).toBe('Benni');
    expect(outcome.extraction.sources).toMatchObject({ author: 'article-signature' });
  });
});
