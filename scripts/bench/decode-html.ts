/**
 * Decodes a stored web page the way the corpus README prescribes: byte-order mark first, then the page's own
 * `<meta charset>` (or `http-equiv` Content-Type), else UTF-8 — falling back to windows-1252 when the bytes
 * are not valid UTF-8. One exception: a page that declares a legacy charset but whose bytes are valid UTF-8
 * with non-ASCII text was re-encoded when stored (Readability's `qq` page says gb2312 and is UTF-8); it is
 * decoded as UTF-8 (`via: 'utf-8-despite-meta'`). No trafilatura-eval page is affected.
 */
export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the encoding actually used. */
  encoding: string;
  /** How the encoding was chosen. */
  via: 'bom' | 'meta' | 'utf-8' | 'utf-8-despite-meta' | 'fallback';
}

/** How far into the file to look for a `<meta>` charset declaration (browsers prescan 1024 bytes; be lenient). */
const PRESCAN_BYTES = 16_384;

const META_CHARSET =
  /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)|<meta\b[^>]*?\bcontent\s*=\s*["'][^"']*?charset\s*=\s*([\w.:-]+)/i;

/** windows-1252's 0x80–0x9F (WHATWG Encoding); the rest of the range is Latin-1. */
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes with TextDecoder, except windows-1252: Node 20's TextDecoder decodes that label as ISO-8859-1
 * (0x93 → U+0093 instead of “), so its 0x80–0x9F range is mapped here.
 */
function decode(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** The charset label declared in the page's head, normalised by TextDecoder; null when absent or unknown. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  const match = META_CHARSET.exec(head);
  const label = match?.[1] ?? match?.[2];
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom) {
    return { text: decode(bytes.subarray(bom.skip), bom.encoding), encoding: bom.encoding, via: 'bom' };
  }
  const declared = declaredCharset(bytes);
  let utf8: string | null = null;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8
  }
  // A page declaring UTF-16 without a BOM is really ASCII-compatible (HTML spec: treat as UTF-8).
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    if (utf8 !== null && /[^\0-\x7f]/.test(utf8))
      return { text: utf8, encoding: 'utf-8', via: 'utf-8-despite-meta' };
    return { text: decode(bytes, declared), encoding: declared, via: 'meta' };
  }
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', via: declared ? 'meta' : 'utf-8' };
  return { text: decode(bytes, 'windows-1252'), encoding: 'windows-1252', via: 'fallback' };
}
