import { useEffect, useState } from 'react';
import { watchBatch } from '@/utils/batch/batch-store';
import type { BatchState } from '@/utils/batch/batch-schema';
import { sendMessage } from '@/utils/messaging';

/** How often a page showing a running batch makes sure a worker runs it. */
const WAKE_MS = 5000;

/**
 * The batch the background is running (or last ran), kept up to date; null when there is none. While it
 * runs, the page wakes the worker now and then: the browser may stop a worker mid-batch (an update, memory),
 * and nothing else would start it again until the next click.
 */
export function useBatch(): BatchState | null {
  const [state, setState] = useState<BatchState | null>(null);
  useEffect(() => watchBatch(setState), []);
  const running = state?.status === 'running';
  useEffect(() => {
    if (!running) return;
    const wake = () =>
      void sendMessage('wakeBatch', undefined).catch((error: unknown) =>
        console.warn('Waking the batch failed:', error),
      );
    wake();
    const timer = setInterval(wake, WAKE_MS);
    return () => clearInterval(timer);
  }, [running]);
  return state;
}
