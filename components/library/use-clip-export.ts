import { useState } from 'react';
import type { ClipDatabase } from '@/utils/db/clip-db';
import { downloadClipsZip } from '@/utils/export/download-clips-zip';
import { exportOptionsFrom, type Settings } from '@/utils/settings-schema';
import { exportOutcome, type Told } from '../export-outcome';

export interface ExportProgress {
  done: number;
  total: number;
}

/**
 * Exporting clips from the library as one zip, with a progress bar for large exports (200 clips or more:
 * below that it would only flash) and the outcome told through `tell` (with the drafts warning) / `fail`.
 */
export function useClipExport(
  db: ClipDatabase,
  settings: Settings,
  tell: (told: Told) => void,
  fail: (error: unknown) => void,
) {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  async function exportClips(list: number[], name: string) {
    try {
      const count = await downloadClipsZip(db, list, exportOptionsFrom(settings), name, (done, total) =>
        setProgress(total >= 200 ? { done, total } : null),
      );
      tell(await exportOutcome(db, list, settings, count, name, tell));
    } catch (error) {
      fail(error);
    } finally {
      setProgress(null);
    }
  }
  return { progress, exportClips };
}
