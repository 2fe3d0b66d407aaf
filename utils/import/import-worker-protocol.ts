import type { ImportOptions, ImportPlan } from './import-plan';
import { planImportFiles, type ImportBlob } from './plan-import-files';
import type { ImportProgress } from './plan-import';

/** What the import dialog sends its worker: the picked files (Files are cloned, not read) and options. */
export type ImportWorkerRequest = { files: ImportBlob[]; options: ImportOptions };

export type ImportWorkerReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; plan: ImportPlan }
  | { type: 'failed'; message: string };

/** Progress is posted at most this often: a message per file of a 10,000-file zip would flood the page. */
const PROGRESS_EVERY_MS = 100;

/**
 * The import worker's whole job, kept out of the worker entry so Node tests run it: plans the import and
 * posts progress, then the plan (or why it failed). Reading and parsing happen in the worker, so a huge
 * or hostile file never blocks the page, and the page can stop it (`Worker.terminate`) at any time.
 */
export async function runImportRequest(
  request: ImportWorkerRequest,
  post: (reply: ImportWorkerReply) => void,
  now: () => number = Date.now,
): Promise<void> {
  let last = -Infinity;
  try {
    const plan = await planImportFiles(request.files, request.options, {
      onProgress(progress) {
        if (now() - last < PROGRESS_EVERY_MS) return;
        last = now();
        post({ type: 'progress', progress });
      },
    });
    post({ type: 'done', plan });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
