import type { ClipDatabase } from '../db/clip-db';
import { applyImport, type ImportDecision, type ImportResult } from '../import/apply-import';
import { readBackup, type BackupProblem } from './read-backup';

/**
 * Restores a backup (JSON text or parsed) in one transaction: every valid clip is stored (conflicting
 * canonical URLs follow `decisions`, default 'skip'), every invalid one is reported by index and reason.
 * Throws only when the input is not a backup at all or the database refuses the write.
 */
export async function restoreBackup(
  db: ClipDatabase,
  input: unknown,
  decisions: Readonly<Record<string, ImportDecision>> = {},
): Promise<{ result: ImportResult; problems: BackupProblem[] }> {
  const backup = readBackup(input);
  if (!backup.ok) throw new Error(backup.reason);
  const result = await applyImport(db, { ready: backup.clips, history: backup.history }, decisions);
  return { result, problems: backup.problems };
}
