import type { ClipDatabase } from '../db/clip-db';
import { downloadFile } from './download';
import type { ExportOptions } from './export-options';
import { exportStoredZip } from './export-stored-zip';

/** `newsclip-<label>.zip`, the label reduced to letters, digits and hyphens. */
export function zipName(label: string): string {
  return `newsclip-${label.replace(/[^\p{L}\p{N}]+/gu, '-')}.zip`;
}

/** Exports the given clips as one zip into the downloads folder; returns how many clips it holds. */
export async function downloadClipsZip(
  db: ClipDatabase,
  ids: readonly number[],
  options: ExportOptions,
  filename: string,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const { zip, count } = await exportStoredZip(db, ids, options, { onProgress });
  await downloadFile(filename, zip, 'application/zip');
  return count;
}
