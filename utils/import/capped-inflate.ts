import { Inflate, type AsyncFlateStreamHandler, type FlateError, type UnzipDecoder } from 'fflate';

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most ~1,032×, so one piece gives at
 * most ~8 MB before anyone can look at the size and stop; smaller pieces slow ordinary text down.
 */
const PIECE = 8 * 1024;
/**
 * Text deflates 3–10×; a bomb's runs of one byte ~1,000×. Past 1 MB inflated, an entry that has grown more
 * than this many times its compressed bytes is a bomb, and is stopped there rather than at a size cap.
 */
export const MAX_RATIO = 200;
const RATIO_FLOOR = 1024 * 1024;

/** What a `CappedInflate` reports when its entry inflates like a bomb. */
export class InflateRatioError extends Error {
  code = 0;
  constructor() {
    super(`It inflates more than ${MAX_RATIO} times its compressed size (a zip bomb?)`);
    this.name = 'InflateRatioError';
  }
}

/**
 * fflate's `UnzipInflate`, except that it can be stopped: `terminate()` (called by `UnzipFile.terminate`
 * when a size cap is passed) makes every later push do nothing, so a bomb entry is not inflated to its end;
 * and it stops by itself, with an `InflateRatioError`, when the output outgrows the input `MAX_RATIO` times.
 */
export class CappedInflate implements UnzipDecoder {
  static compression = 8;
  ondata: AsyncFlateStreamHandler = () => {};
  private stopped = false;
  private input = 0;
  private output = 0;
  private readonly inflate = new Inflate((data, final) => {
    if (this.stopped) return;
    this.output += data.length;
    if (this.output > RATIO_FLOOR && this.output > MAX_RATIO * this.input) {
      this.stopped = true;
      this.ondata(new InflateRatioError(), new Uint8Array(0), final);
      return;
    }
    this.ondata(null, data, final);
  });

  push(chunk: Uint8Array, final: boolean): void {
    try {
      if (!chunk.length && !this.stopped) this.inflate.push(chunk, final);
      for (let i = 0; i < chunk.length && !this.stopped; i += PIECE) {
        const end = Math.min(i + PIECE, chunk.length);
        this.input += end - i;
        this.inflate.push(chunk.subarray(i, end), final && end === chunk.length);
      }
    } catch (error) {
      if (!this.stopped) this.ondata(error as FlateError, new Uint8Array(0), final);
    }
  }

  terminate(): void {
    this.stopped = true;
  }
}
