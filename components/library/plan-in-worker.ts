import type { ImportOptions, ImportPlan } from '@/utils/import/import-plan';
import type { ImportWorkerReply, ImportWorkerRequest } from '@/utils/import/import-worker-protocol';
import type { ImportProgress } from '@/utils/import/plan-import';

export type ImportJob = {
  /** The plan; rejects with the reason, and never settles once cancelled. */
  plan: Promise<ImportPlan>;
  /** Stops the worker at once, wherever it is: nothing it read is kept. */
  cancel(): void;
};

/** Plans an import in a Web Worker, off the page's thread, reporting progress as it reads. */
export function planInWorker(
  files: readonly File[],
  options: ImportOptions,
  onProgress: (progress: ImportProgress) => void,
): ImportJob {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  const plan = new Promise<ImportPlan>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ImportWorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress(reply.progress);
      worker.terminate();
      if (reply.type === 'done') resolve(reply.plan);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The import stopped'));
    };
  });
  const request: ImportWorkerRequest = { files: [...files], options };
  worker.postMessage(request);
  return { plan, cancel: () => worker.terminate() };
}
