import { browser } from 'wxt/browser';

/** How long a blob URL lives after its download starts; the browser has read it long before. */
const REVOKE_AFTER_MS = 60_000;

/** Saves data as a file in the user's downloads folder through the downloads API. */
export async function downloadFile(filename: string, data: BlobPart, type: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([data], { type }));
  try {
    await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
