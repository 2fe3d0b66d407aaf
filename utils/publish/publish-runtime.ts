// First: isomorphic-git, imported below, needs the global Buffer when its functions run.
import './install-buffer';

/**
 * Everything the library's Publish dialog runs, in one chunk loaded when the dialog is used: isomorphic-git,
 * lightning-fs and their helpers are not part of the library page's first load.
 */
export { browserPublishDeps } from './browser-publish-deps';
export { publishPosts } from './publish-posts';
export { pullPosts } from './pull-posts';
export { syncedFiles } from './synced-files';
