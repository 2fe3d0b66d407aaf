import '@/utils/zod-jitless';
import { extractTree } from '@/utils/extract/extract-tree';
import { onMessage } from '@/utils/messaging';

// Chrome's offscreen document (reason DOM_PARSER): the clip's extraction, on the tree the tab handed over.
onMessage('extractTree', ({ data }) => extractTree(data.tree, data.request, document));
