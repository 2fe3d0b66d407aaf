import { browser } from 'wxt/browser';
import { ALL_SITES } from '@/utils/capture/all-sites';
import type { BatchRequest } from '@/utils/batch/batch-schema';
import { t } from '@/utils/i18n/t';
import { sendMessage } from '@/utils/messaging';

/**
 * Starts a batch from a click: asks for access to all sites first, synchronously in the click (after an
 * await the browser no longer counts it as the user's gesture; never asked at install), then hands the
 * pages to the background, which clips them even if this page closes. `items` may be read after the
 * request (e.g. the window's tabs). Returns what to tell the user if it did not start, else null.
 */
export async function startBatchFromClick(
  request: Omit<BatchRequest, 'items'> & { items: () => Promise<BatchRequest['items']> },
): Promise<string | null> {
  const granted = browser.permissions.request({ origins: ALL_SITES }).catch(() => false);
  if (!(await granted)) return t('batchDenied');
  const items = await request.items();
  if (!items.length) return t('batchNothing');
  const answer = await sendMessage('startBatch', { ...request, items });
  return answer.ok ? null : answer.message;
}
