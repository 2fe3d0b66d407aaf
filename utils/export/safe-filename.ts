/**
 * File names that work on Windows, macOS and Linux: no `<>:"/\|?*`, control or bidi-override characters,
 * no leading dots (hidden) or trailing dots/spaces (Windows drops them), no reserved device names (CON,
 * NUL, COM1 … — also with an extension), and at most MAX_FILENAME_BYTES of UTF-8 so the name fits 255-byte
 * file systems with room for the folder path.
 */
export const MAX_FILENAME_BYTES = 200;

const UNSAFE = /[<>:"/\\|?*\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/gu;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(?=\.|$)/i;
const FALLBACK = 'untitled';

const encoder = new TextEncoder();
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/** Cuts at a grapheme boundary, so no emoji or letter with its accents is split. */
function truncateBytes(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const size = byteLength(segment);
    if (used + size > maxBytes) break;
    out += segment;
    used += size;
  }
  return out;
}

/** Whether Windows would open a device instead of a file of this stem ("con", "com1.md"). */
export function isReservedStem(stem: string): boolean {
  return RESERVED.test(stem);
}

function tidy(stem: string): string {
  return stem.replace(/^[\s.]+|[\s.]+$/g, '');
}

/** A file stem made safe, within `maxBytes`. */
export function safeStem(stem: string, maxBytes = MAX_FILENAME_BYTES - 3): string {
  let safe = tidy(stem.normalize('NFC').replace(UNSAFE, '-'));
  safe = tidy(truncateBytes(safe, maxBytes)) || FALLBACK;
  // "con.md" opens the console device on Windows; "con_.md" is an ordinary file.
  return safe.replace(RESERVED, '$1_');
}

/** `stem` + `extension` as a safe file name. */
export function safeFilename(stem: string, extension = '.md', maxBytes = MAX_FILENAME_BYTES): string {
  return `${safeStem(stem, maxBytes - byteLength(extension))}${extension}`;
}

/**
 * Safe names made unique within one export: the second "a" becomes "a-2.md", then "a-3.md". Names are
 * compared as case- and normalization-insensitive file systems (Windows, macOS) would.
 */
export function uniqueSafeFilenames(
  stems: readonly string[],
  extension = '.md',
  maxBytes = MAX_FILENAME_BYTES,
): string[] {
  return uniqueSafePaths(
    stems.map((stem) => [stem]),
    extension,
    maxBytes,
  );
}

/**
 * Like `uniqueSafeFilenames`, for paths given as parts (folders, then the file stem): every part is made
 * safe on its own and the whole path is unique, e.g. [["2024", "a"], ["2024", "a"]] → "2024/a.md",
 * "2024/a-2.md".
 */
export function uniqueSafePaths(
  paths: readonly (readonly string[])[],
  extension = '.md',
  maxBytes = MAX_FILENAME_BYTES,
): string[] {
  const used = new Set<string>();
  const key = (name: string) => name.normalize('NFC').toLowerCase();
  const room = maxBytes - byteLength(extension);
  return paths.map((parts) => {
    const dir = parts
      .slice(0, -1)
      .map((part) => `${safeStem(part, maxBytes)}/`)
      .join('');
    const base = safeStem(parts[parts.length - 1] ?? '', room);
    let name = `${dir}${base}${extension}`;
    for (let n = 2; used.has(key(name)); n++) {
      const suffix = `-${n}`;
      name = `${dir}${safeStem(base, room - suffix.length)}${suffix}${extension}`;
    }
    used.add(key(name));
    return name;
  });
}
