import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ClipMode, ClipOutcome } from './capture/clip-outcome';

/** Every message between the extension's pages and its background, in one typed map. */
export interface ProtocolMap {
  /**
   * Clip the given tab (the popup passes the active tab it was opened on). `saveThin`: the user chose
   * "Save anyway" for an article that looks too thin.
   */
  clipTab(data: { tabId: number; mode: ClipMode; saveThin?: boolean }): ClipOutcome;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
