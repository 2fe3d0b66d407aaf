// @vitest-environment node
import { decodeHtml, declaredCharset } from '../../../scripts/bench/decode-html';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('decodeHtml', () => {
  it('honours a byte-order mark over the declared charset', () => {
    const html = bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1252"><p>', [0xc3, 0xa9], '</p>');
    expect(decodeHtml(html)).toMatchObject({ text: '<meta charset="windows-1252"><p>é</p>', via: 'bom' });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00]);
    expect(decodeHtml(utf16)).toMatchObject({ text: 'hé', encoding: 'utf-16le' });
  });

  it('uses <meta charset> and http-equiv declarations', () => {
    expect(decodeHtml(bytes('<meta charset="iso-8859-1"><p>', [0xe9], '</p>'))).toMatchObject({
      text: '<meta charset="iso-8859-1"><p>é</p>',
      encoding: 'windows-1252',
      via: 'meta',
    });
    const equiv = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">';
    expect(declaredCharset(bytes(equiv))).toBe('gbk');
    expect(decodeHtml(bytes(equiv, [0xd6, 0xd0])).text.endsWith('中')).toBe(true);
  });

  it('decodes UTF-8 by default and falls back to windows-1252 when it is invalid', () => {
    expect(decodeHtml(bytes('<p>', [0xe2, 0x80, 0x94], '</p>'))).toMatchObject({
      text: '<p>—</p>',
      via: 'utf-8',
    });
    expect(decodeHtml(bytes('<meta charset=utf-8><p>', [0x93, 0x41, 0x94], '</p>'))).toMatchObject({
      text: '<meta charset=utf-8><p>“A”</p>',
      via: 'fallback',
    });
  });

  it('ignores an unknown charset label', () => {
    expect(declaredCharset(bytes('<meta charset="x-bogus">'))).toBeNull();
  });
});

describe('decodeHtml on a re-encoded page', () => {
  it('prefers valid non-ASCII UTF-8 over a declared legacy charset', () => {
    const page = bytes('<meta charset="gb2312"><p>', [...Buffer.from('中文', 'utf8')], '</p>');
    expect(decodeHtml(page)).toMatchObject({
      text: '<meta charset="gb2312"><p>中文</p>',
      via: 'utf-8-despite-meta',
    });
    expect(decodeHtml(bytes('<meta charset="gb2312"><p>ascii</p>'))).toMatchObject({
      encoding: 'gbk',
      via: 'meta',
    });
  });
});
