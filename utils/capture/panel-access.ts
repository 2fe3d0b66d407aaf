import { browser } from 'wxt/browser';
import { ALL_SITES } from './all-sites';

/**
 * Host access for clipping from the side panel, asked for in the click. activeTab is granted by the
 * toolbar button, not by the panel, and the panel's tab can change under it: without access the browser
 * hides the tab's address and refuses to run the extraction script. The address is hidden too, so no
 * single origin can be named: access to web pages is asked once (already granted: true at once, no prompt).
 */
export function askPanelAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: ALL_SITES }).catch(() => false);
}
