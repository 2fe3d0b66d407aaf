import type { z } from 'zod';
import { backupClipSchema, backupEnvelopeSchema, type BackupVersion } from './backup-schema';
import type { Clip } from '../clip-schema';

export type BackupProblem = { index: number; reason: string };

export type ReadBackup =
  | {
      ok: true;
      exportedAt?: string;
      clips: Clip[];
      indexes: number[];
      problems: BackupProblem[];
      /** The clips' earlier versions, by the clip's canonical URL (what an import matches clips by). */
      history: Record<string, BackupVersion[]>;
    }
  | { ok: false; reason: string };

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
}

/**
 * Reads a backup (its JSON text or the parsed value) and validates every clip on its own: good clips are
 * returned (with their ids), bad ones reported by index in `clips` and why. Only a file that is not a
 * backup at all fails as a whole.
 */
export function readBackup(input: unknown): ReadBackup {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      return {
        ok: false,
        reason: `Not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      };
    }
  }
  const envelope = backupEnvelopeSchema.safeParse(value);
  if (!envelope.success) return { ok: false, reason: describe(envelope.error) };
  const clips: Clip[] = [];
  const indexes: number[] = [];
  const problems: BackupProblem[] = [];
  const history: Record<string, BackupVersion[]> = {};
  envelope.data.clips.forEach((record, index) => {
    const hasId = typeof record === 'object' && record !== null && 'id' in record;
    const result = (hasId ? backupClipSchema : backupClipSchema.partial({ id: true })).safeParse(record);
    if (result.success) {
      const { versions, ...clip } = result.data;
      clips.push(clip);
      indexes.push(index);
      if (versions?.length) history[clip.canonicalURL] = versions;
    } else problems.push({ index, reason: describe(result.error) });
  });
  return { ok: true, exportedAt: envelope.data.exportedAt, clips, indexes, problems, history };
}
