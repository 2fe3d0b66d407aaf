/**
 * Host access to every web page: optional, asked for when the user turns on a feature that loads pages
 * or images other than the tab they clicked on (saving images, checking clips for changes), never at
 * install. wxt.config.ts declares the same list as the manifest's optional host permissions.
 */
export const ALL_SITES = ['http://*/*', 'https://*/*'];
