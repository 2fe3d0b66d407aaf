import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ClipMode, ClipOutcome } from './capture/clip-outcome';
import type { BatchRequest } from './batch/batch-schema';
import type { StartAnswer } from './batch/batch-control';
import type { ClipEdit } from './clip-schema';
import type { ExtractOutcome, ExtractRequest } from './extract/extract-outcome';

/** Every message between the extension's pages and its background, in one typed map. */
export interface ProtocolMap {
  /**
   * Clip the given tab (the popup passes the active tab it was opened on). `saveThin`: the user chose
   * "Save anyway" for an article that looks too thin.
   */
  clipTab(data: { tabId: number; mode: ClipMode; saveThin?: boolean; replacing?: number }): ClipOutcome;
  /**
   * The popup opened on this tab: start reading its article, so a click on "Clip" waits only for what is
   * left (nothing is stored until then; see prepared-extractions.ts).
   */
  prepareClip(data: { tabId: number }): void;
  /**
   * Worker → offscreen document (Chrome): extract the tree a tab handed over (tree-transfer.ts). Null when
   * it does not parse back; the tab then extracts itself.
   */
  extractTree(data: { tree: string; request: ExtractRequest }): ExtractOutcome | null;
  /**
   * An edit made in the popup or the side panel, written by the worker: a page that closes a moment after
   * the change (a click outside the popup) would abort its own IndexedDB write, the message is already sent.
   * A refused edit throws with the reason (updateClip's StoreError message).
   */
  updateClip(data: { id: number; edit: Partial<ClipEdit> }): void;
  /** Clip many pages in the background (#14, #16): progress is in session storage (batch-store.ts). */
  startBatch(data: BatchRequest): StartAnswer;
  cancelBatch(): void;
  /** Forget a finished batch once its summary was read. */
  dismissBatch(): void;
  /**
   * Sent while a page shows a running batch: it starts a worker the browser stopped (its start resumes the
   * batch), and is nothing to a worker that runs.
   */
  wakeBatch(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
