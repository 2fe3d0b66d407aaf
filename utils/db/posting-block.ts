/**
 * Posting lists of the search index, stored in blocks: one row per (word, block of 8192 clip ids). A
 * word found in every clip of a 10,000-clip library is two rows of 1 KB, where an index over a words array
 * would hold 10,000 entries that a search must read one by one. Every row stays at most 1 KB whatever the
 * library's size, so a clip write touches a bounded amount of data per word.
 */
export const BLOCK_BITS = 13;
export const BLOCK_SIZE = 1 << BLOCK_BITS;
const BITMAP_BYTES = BLOCK_SIZE / 8;
/** From this many ids a block is a bitmap (1 KB); below, a list of 16-bit offsets (under 512 bytes). */
const DENSE_AT = 256;

/** Offsets are sorted; `bits` is present instead when the block is dense. */
export type PostingRow = { word: string; block: number; offsets?: Uint16Array; bits?: Uint8Array };
export type PostingKey = [word: string, block: number];

export const blockOf = (id: number): number => id >>> BLOCK_BITS;

/** Calls `add` with every clip id of a row. */
export function forEachId(row: PostingRow, add: (id: number) => void): void {
  const base = row.block * BLOCK_SIZE;
  if (row.bits) {
    const bits = row.bits;
    for (let byte = 0; byte < bits.length; byte++) {
      const value = bits[byte]!;
      if (value === 0) continue;
      for (let bit = 0; bit < 8; bit++) if (value & (1 << bit)) add(base + byte * 8 + bit);
    }
  } else if (row.offsets) {
    for (const offset of row.offsets) add(base + offset);
  }
}

/** The row with `add` ids put in and `remove` ids taken out, or null when it ends up empty. */
export function editBlock(
  word: string,
  block: number,
  row: PostingRow | undefined,
  add: readonly number[],
  remove: readonly number[],
): PostingRow | null {
  const bits = new Uint8Array(BITMAP_BYTES);
  let count = 0;
  const set = (offset: number, on: boolean) => {
    const mask = 1 << (offset & 7);
    const had = (bits[offset >>> 3]! & mask) !== 0;
    if (had === on) return;
    bits[offset >>> 3]! ^= mask;
    count += on ? 1 : -1;
  };
  if (row) forEachId(row, (id) => set(id - block * BLOCK_SIZE, true));
  for (const id of remove) set(id - block * BLOCK_SIZE, false);
  for (const id of add) set(id - block * BLOCK_SIZE, true);
  if (count === 0) return null;
  if (count >= DENSE_AT) return { word, block, bits };
  const offsets = new Uint16Array(count);
  let i = 0;
  forEachId({ word, block: 0, bits }, (offset) => (offsets[i++] = offset));
  return { word, block, offsets };
}
