import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPageTree } from '@/utils/extract/read-page-tree';

// Injected by the background only when the user clips (activeTab + scripting), where the extension has a
// document of its own to finish the clip in (Chrome's offscreen document); its return value is what
// `scripting.executeScript` resolves with.
export default defineUnlistedScript({
  include: ['chrome'],
  main: () => readPageTree(window, document),
});
