import '@/utils/zod-jitless';
import {
  runImportRequest,
  type ImportWorkerReply,
  type ImportWorkerRequest,
} from '@/utils/import/import-worker-protocol';

/** The dedicated worker's global scope, as far as this entry uses it (the DOM lib has no worker types). */
type WorkerScope = {
  onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
  postMessage(reply: ImportWorkerReply): void;
};

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => void runImportRequest(event.data, (reply) => scope.postMessage(reply));
