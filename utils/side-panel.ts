import { browser } from 'wxt/browser';

/** Firefox's sidebar API (not in Chrome's types, which WXT's `browser` follows). */
type SidebarAction = { open(): Promise<void> };

const sidebarAction = () => (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;

/** Whether this browser can open the extension's side panel (Chrome 116+) or sidebar (Firefox). */
export function canOpenSidePanel(): boolean {
  return typeof browser.sidePanel?.open === 'function' || sidebarAction() !== undefined;
}

/**
 * Opens the side panel in `windowId` (Chrome) or the sidebar (Firefox). Both browsers allow it only in
 * answer to a user gesture: call it first thing in a click handler, before any await.
 */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  const sidebar = sidebarAction();
  if (typeof browser.sidePanel?.open === 'function' && windowId !== undefined)
    return browser.sidePanel.open({ windowId });
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('This browser has no side panel for extensions.'));
}
