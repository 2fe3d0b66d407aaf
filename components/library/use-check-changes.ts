import { useCallback, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { ALL_SITES } from '@/utils/capture/all-sites';
import { reclipInTab } from '@/utils/capture/reclip-in-tab';
import type { ClipDatabase } from '@/utils/db/clip-db';
import { t } from '@/utils/i18n/t';
import { checkForChanges, type CheckProgress, type CheckResult } from '@/utils/versions/check-for-changes';

export type CheckState =
  | { phase: 'running'; progress: CheckProgress }
  | { phase: 'done'; results: CheckResult[]; cancelled: boolean; total: number };

/**
 * "Check for changes" (#14) on some clips: asks for access to all sites in the click (the browser wants a
 * user gesture; never asked at install), then re-clips each page in a background tab, with progress and
 * Cancel. The state stays until dismissed, so the failures can be read.
 */
export function useCheckChanges(db: ClipDatabase, onError: (message: string) => void) {
  const [state, setState] = useState<CheckState | null>(null);
  const abort = useRef<AbortController | null>(null);

  const start = useCallback(
    (ids: readonly number[]) => {
      if (!ids.length) return;
      if (abort.current) return onError(t('checkRunning'));
      const controller = new AbortController();
      abort.current = controller;
      // Requested first, synchronously in the click: after an await the gesture is gone.
      const granted = browser.permissions.request({ origins: ALL_SITES }).catch(() => false);
      void (async () => {
        try {
          if (!(await granted)) return onError(t('checkDenied'));
          const rows = (await db.clips.bulkGet([...ids])).flatMap((row) =>
            row ? [{ id: row.id, url: row.url || row.canonicalURL, title: row.title }] : [],
          );
          setState({ phase: 'running', progress: { done: 0, total: rows.length } });
          const { results, cancelled } = await checkForChanges(rows, reclipInTab, {
            signal: controller.signal,
            onProgress: (progress) => setState({ phase: 'running', progress }),
          });
          setState({ phase: 'done', results, cancelled, total: rows.length });
        } catch (error) {
          onError(error instanceof Error ? error.message : String(error));
          setState(null);
        } finally {
          abort.current = null;
        }
      })();
    },
    [db, onError],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  const dismiss = useCallback(() => setState(null), []);
  return { state, start, cancel, dismiss };
}
