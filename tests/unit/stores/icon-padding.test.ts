import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** The alpha channel of an 8-bit RGBA, non-interlaced PNG (what scripts/icon/render-icons.ts writes). */
function alphaOf(file: string): { size: number; alpha: (x: number, y: number) => number } {
  const bytes = readFileSync(file);
  const size = bytes.readUInt32BE(16);
  expect([bytes[24], bytes[25], bytes[28]]).toEqual([8, 6, 0]);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT')
      idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = size * 4;
  const pixels = Buffer.alloc(size * stride);
  for (let y = 0; y < size; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= 4 ? pixels[y * stride + i - 4]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
      const c = i >= 4 && y > 0 ? pixels[(y - 1) * stride + i - 4]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      pixels[y * stride + i] = (x + predictor) & 0xff;
    }
  }
  return { size, alpha: (x, y) => pixels[y * stride + x * 4 + 3]! };
}

describe('the toolbar and store icon', () => {
  it('keeps 16 px of transparent padding around the 128 px tile (Chrome Web Store guidance)', () => {
    const { size, alpha } = alphaOf('public/icon/128.png');
    expect(size).toBe(128);
    for (let i = 0; i < 128; i++)
      for (const [x, y] of [
        [i, 0],
        [i, 127],
        [0, i],
        [127, i],
        [i, 12],
        [12, i],
        [115, i],
        [i, 115],
      ] as const)
        expect(alpha(x, y), `${x},${y}`).toBe(0);
    expect(alpha(64, 64)).toBe(255);
  });

  it('fills nearly all of the 16 px icon, where padding would waste the few pixels there are', () => {
    const { size, alpha } = alphaOf('public/icon/16.png');
    expect(size).toBe(16);
    expect(alpha(8, 1)).toBe(255);
    expect(alpha(1, 8)).toBe(255);
  });
});
