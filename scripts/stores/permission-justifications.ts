/**
 * Why Newsclip asks for each permission, as the Chrome Web Store's "Privacy practices" tab wants it (one
 * justification per permission, host permissions included). `check-chrome-manifest.ts` fails the build when a
 * permission in the manifest has no entry here, so the listing cannot fall behind the manifest.
 */
export const PERMISSION_JUSTIFICATIONS: Record<string, string> = {
  activeTab:
    'Reads the page the user clips, only when they click the toolbar button, the page menu item or the shortcut.',
  scripting:
    'Injects the extraction script into that one tab at the moment of the clip; no content script runs on any page otherwise.',
  storage: 'Keeps the user’s settings (export profile, tags, default author) in the browser.',
  contextMenus: 'Adds "Clip this page", "Clip selection" and "Clip all tabs" to the page menu.',
  downloads: 'Saves exports and backups (Markdown, zip, JSON) to the user’s downloads folder.',
  sidePanel:
    'Shows the clip button, the clips and the review form in the side panel, which stays open while the user moves between tabs; opened only by the user.',
  offscreen:
    'Extracts the article of the page the user clips in an extension page of its own (the service worker has no DOM), where the extraction code stays compiled between clips; it keeps nothing.',
  unlimitedStorage:
    'Clips are kept in IndexedDB on the user’s machine; a large library must not be evicted or hit the default quota.',
  'http://*/*':
    'Optional, asked for only when the user turns on "save images", clips all tabs or clips from the side panel: fetches the images of clipped articles and reads the tabs the user chose to clip.',
  'https://*/*':
    'Optional, asked for only when the user turns on "save images", clips all tabs or clips from the side panel: fetches the images of clipped articles and reads the tabs the user chose to clip.',
};
