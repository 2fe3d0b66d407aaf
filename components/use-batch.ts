import { useEffect, useState } from 'react';
import { watchBatch } from '@/utils/batch/batch-store';
import type { BatchState } from '@/utils/batch/batch-schema';

/** The batch the background is running (or last ran), kept up to date; null when there is none. */
export function useBatch(): BatchState | null {
  const [state, setState] = useState<BatchState | null>(null);
  useEffect(() => watchBatch(setState), []);
  return state;
}
