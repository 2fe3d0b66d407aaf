/**
 * The part of Node's `Buffer` that isomorphic-git (a global `Buffer`) and sha.js (`require('buffer')`, which
 * wxt.config.ts points here) use, over Uint8Array: the extension pages have no Buffer, and the `buffer`
 * package is not a dependency. Node semantics where they differ from Uint8Array's: `slice` is a view, and
 * `from(string)` reads UTF-8 unless told 'hex', 'base64' or 'latin1'.
 */
type Encoding = 'utf8' | 'utf-8' | 'hex' | 'base64' | 'latin1' | 'binary' | 'ascii';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function encode(text: string, encoding: Encoding = 'utf8'): Uint8Array {
  switch (encoding.toLowerCase()) {
    case 'hex': {
      const bytes = new Uint8Array(text.length >> 1);
      for (let i = 0; i < bytes.length; i++) {
        const byte = parseInt(text.slice(i * 2, i * 2 + 2), 16);
        if (Number.isNaN(byte)) return bytes.subarray(0, i);
        bytes[i] = byte;
      }
      return bytes;
    }
    case 'base64':
      return Uint8Array.from(atob(text.replace(/[^A-Za-z0-9+/]/g, '')), (c) => c.charCodeAt(0));
    case 'latin1':
    case 'binary':
    case 'ascii':
      return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
    default:
      return encoder.encode(text);
  }
}

function decode(bytes: Uint8Array, encoding: Encoding = 'utf8'): string {
  switch (encoding.toLowerCase()) {
    case 'hex':
      return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    case 'base64': {
      let text = '';
      for (const b of bytes) text += String.fromCharCode(b);
      return btoa(text);
    }
    case 'latin1':
    case 'binary':
    case 'ascii': {
      let text = '';
      for (const b of bytes) text += String.fromCharCode(b);
      return text;
    }
    default:
      return decoder.decode(bytes);
  }
}

export class NodeBuffer extends Uint8Array {
  private view(): DataView {
    return new DataView(this.buffer, this.byteOffset, this.byteLength);
  }

  override toString(encoding: Encoding = 'utf8', start = 0, end = this.length): string {
    return decode(this.subarray(start, end), encoding);
  }

  /** Node's overloads: (string, encoding) and (string, offset, length, encoding). */
  write(
    text: string,
    offset: number | Encoding = 0,
    length?: number | Encoding,
    encoding?: Encoding,
  ): number {
    if (typeof offset === 'string') return this.write(text, 0, undefined, offset);
    if (typeof length === 'string') return this.write(text, offset, undefined, length);
    const bytes = encode(text, encoding).subarray(0, Math.min(length ?? Infinity, this.length - offset));
    this.set(bytes, offset);
    return bytes.length;
  }

  override slice(start?: number, end?: number): NodeBuffer {
    return this.subarray(start, end) as NodeBuffer;
  }

  copy(target: Uint8Array, targetStart = 0, sourceStart = 0, sourceEnd = this.length): number {
    const part = this.subarray(sourceStart, Math.min(sourceEnd, sourceStart + target.length - targetStart));
    target.set(part, targetStart);
    return part.length;
  }

  equals(other: Uint8Array): boolean {
    return other.length === this.length && this.every((b, i) => b === other[i]);
  }

  readUInt8(offset = 0): number {
    return this.view().getUint8(offset);
  }
  readUInt16BE(offset = 0): number {
    return this.view().getUint16(offset);
  }
  readUInt32BE(offset = 0): number {
    return this.view().getUint32(offset);
  }
  readInt32BE(offset = 0): number {
    return this.view().getInt32(offset);
  }
  writeUInt8(value: number, offset = 0): number {
    this.view().setUint8(offset, value);
    return offset + 1;
  }
  writeUInt16BE(value: number, offset = 0): number {
    this.view().setUint16(offset, value);
    return offset + 2;
  }
  writeUInt32BE(value: number, offset = 0): number {
    this.view().setUint32(offset, value >>> 0);
    return offset + 4;
  }
  writeInt32BE(value: number, offset = 0): number {
    this.view().setInt32(offset, value | 0);
    return offset + 4;
  }
}

type Source = string | ArrayBuffer | ArrayBufferView | ArrayLike<number> | Iterable<number>;

/** Node's `Buffer.from`: a string in an encoding, a copy of bytes, or a view of an ArrayBuffer. */
function from(value: Source, encodingOrOffset?: Encoding | number, length?: number): NodeBuffer {
  if (typeof value === 'string') return copyOf(encode(value, encodingOrOffset as Encoding | undefined));
  if (value instanceof ArrayBuffer) {
    const offset = (encodingOrOffset as number | undefined) ?? 0;
    return new NodeBuffer(value, offset, length ?? value.byteLength - offset);
  }
  if (ArrayBuffer.isView(value))
    return copyOf(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  // An array, or an iterable of bytes (Array.from reads both).
  return copyOf(Array.from(value as Iterable<number>));
}

function copyOf(bytes: ArrayLike<number>): NodeBuffer {
  const out = new NodeBuffer(bytes.length);
  out.set(bytes);
  return out;
}

function alloc(size: number, fill = 0): NodeBuffer {
  return new NodeBuffer(size).fill(fill);
}

function concat(list: readonly Uint8Array[], total?: number): NodeBuffer {
  const out = new NodeBuffer(total ?? list.reduce((sum, b) => sum + b.length, 0));
  let at = 0;
  for (const bytes of list) {
    if (at >= out.length) break;
    const part = bytes.subarray(0, out.length - at);
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The statics are set apart from the class: Uint8Array's own `from` has another signature. */
const statics = {
  from,
  alloc,
  allocUnsafe: alloc,
  allocUnsafeSlow: alloc,
  concat,
  isBuffer: (value: unknown): value is NodeBuffer => value instanceof NodeBuffer,
  byteLength: (text: string, encoding?: Encoding) => encode(text, encoding).length,
};
// The statics first: their `from` is the one TypeScript picks.
export const Buffer: typeof statics & typeof NodeBuffer = Object.assign(NodeBuffer, statics);

export default { Buffer };
