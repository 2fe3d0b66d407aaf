/**
 * Downloads the images of an export. Each URL is fetched at most once, a few at a time, with a time and
 * size limit, so one slow or huge image can't stall or exhaust the export. Never throws: a failure is a
 * reason, and the post keeps the image's absolute URL.
 */

export type FetchedImage =
  { ok: true; bytes: Uint8Array; contentType: string } | { ok: false; reason: string };

export type FetchImagesOptions = {
  /** Injectable for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  concurrency?: number;
  /** Called after each URL settles, success or not. */
  onDone?: (done: number, total: number) => void;
};

export const IMAGE_TIMEOUT_MS = 15_000;
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
const CONCURRENCY = 4;

/** Fetches every URL (duplicates once) and returns what became of each. */
export async function fetchImages(
  urls: readonly string[],
  options: FetchImagesOptions = {},
): Promise<Map<string, FetchedImage>> {
  const unique = [...new Set(urls)];
  const results = new Map<string, FetchedImage>();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < unique.length) {
      const url = unique[next++]!;
      results.set(url, await fetchImage(url, options));
      options.onDone?.(++done, unique.length);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? CONCURRENCY, unique.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}

async function fetchImage(url: string, options: FetchImagesOptions): Promise<FetchedImage> {
  if (!/^https?:\/\//i.test(url)) return { ok: false, reason: 'not an http(s) URL' };
  const maxBytes = options.maxBytes ?? IMAGE_MAX_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? IMAGE_TIMEOUT_MS);
  try {
    const fetchFn = options.fetch ?? fetch;
    // No cookies: the export must not depend on (or leak) the user's sessions on other sites.
    const response = await fetchFn(url, { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    const contentType = response.headers.get('content-type') ?? '';
    if (!/^image\//i.test(contentType.trim()))
      return { ok: false, reason: `not an image (${contentType || 'no content type'})` };
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) return { ok: false, reason: `larger than ${maxBytes} bytes` };
    const bytes = await readCapped(response, maxBytes);
    if (!bytes) return { ok: false, reason: `larger than ${maxBytes} bytes` };
    return { ok: true, bytes, contentType };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, reason: 'timed out' };
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body, giving up (null) as soon as it passes the cap: Content-Length may be absent or lie. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.length > maxBytes ? null : bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
