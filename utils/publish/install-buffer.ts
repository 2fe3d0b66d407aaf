import { Buffer } from './node-buffer';

// isomorphic-git reads a global `Buffer` (Node's); extension pages have none. Only the pages that load
// the publishing runtime get it.
const scope = globalThis as { Buffer?: unknown };
scope.Buffer ??= Buffer;
