import { Buffer as NodeBufferReal } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { Buffer } from '../../../utils/publish/node-buffer';

const bytes = (b: Uint8Array) => [...b];

describe('the pages’ Buffer: the same answers as Node’s for what isomorphic-git and sha.js use', () => {
  it('encodes and decodes utf8, hex, base64 and latin1', () => {
    for (const [text, encoding] of [
      ['héllo wörld ✓ 好', 'utf8'],
      ['00ff10a7', 'hex'],
      ['aGVsbG8gd29ybGQ=', 'base64'],
      ['caf\u00e9', 'latin1'],
    ] as const) {
      const ours = Buffer.from(text, encoding);
      const node = NodeBufferReal.from(text, encoding);
      expect(bytes(ours)).toEqual(bytes(node));
      expect(ours.toString(encoding)).toBe(node.toString(encoding));
      expect(ours.toString('hex')).toBe(node.toString('hex'));
      expect(ours.toString('base64')).toBe(node.toString('base64'));
    }
    expect(Buffer.from('abcdef').toString('utf8', 1, 4)).toBe('bcd');
  });

  it('reads and writes big-endian integers, slices as views, concats and copies as Node does', () => {
    const ours = Buffer.alloc(12);
    const node = NodeBufferReal.alloc(12);
    for (const b of [ours, node]) {
      b.writeUInt32BE(0xdeadbeef, 0);
      b.writeUInt16BE(0xbeef, 4);
      b.writeInt32BE(-2, 6);
      b.writeUInt8(7, 10);
    }
    expect(bytes(ours)).toEqual(bytes(node));
    expect([ours.readUInt32BE(0), ours.readUInt16BE(4), ours.readInt32BE(6), ours.readUInt8(10)]).toEqual([
      node.readUInt32BE(0),
      node.readUInt16BE(4),
      node.readInt32BE(6),
      node.readUInt8(10),
    ]);
    const view = ours.slice(0, 2);
    view[0] = 1;
    expect(ours[0]).toBe(1);
    expect(Buffer.isBuffer(view)).toBe(true);
    expect(bytes(Buffer.concat([Buffer.from([1, 2]), new Uint8Array([3])]))).toEqual([1, 2, 3]);
    expect(bytes(Buffer.concat([Buffer.from([1, 2]), Buffer.from([3])], 2))).toEqual([1, 2]);
    const target = Buffer.alloc(4);
    expect(Buffer.from([9, 8, 7]).copy(target, 1)).toBe(3);
    expect(bytes(target)).toEqual([0, 9, 8, 7]);
    const sha = Buffer.alloc(20);
    sha.write('ff'.repeat(20), 'hex');
    expect(sha.toString('hex')).toBe('ff'.repeat(20));
    const ab = new Uint8Array([5, 6, 7, 8]).buffer;
    expect(bytes(Buffer.from(ab, 1, 2))).toEqual([6, 7]);
  });
});
