/** An absolute http(s) address, or null: relative and other-scheme addresses never reach the network here. */
export function remoteUrl(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The address an opted-in image is loaded from: https as is, http upgraded (as browsers upgrade images on
 * https pages; the extension pages' CSP allows https images only).
 */
export function loadableImageUrl(value: string | null | undefined): string | null {
  const url = remoteUrl(value);
  if (!url) return null;
  url.protocol = 'https:';
  return url.href;
}

/** An inline image (`data:image/…`): shown always, it is no request. */
export function isInlineImage(value: string | null | undefined): boolean {
  return /^\s*data:image\//i.test(value ?? '');
}
