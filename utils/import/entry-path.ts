/**
 * Why a zip entry's name is not a plain relative path (an absolute path, a drive letter, a backslash or a
 * `..` step: a "zip slip" meant to write outside the folder it is unpacked into), or undefined when it is.
 * The import writes no files, but such an entry is not something a blog export contains: it is skipped and
 * named, never read.
 */
export function unsafeEntryPath(name: string): string | undefined {
  if (name.includes('\0')) return 'its name holds a NUL character';
  if (name.includes('\\')) return 'its path uses backslashes';
  if (/^[A-Za-z]:/.test(name)) return 'its path starts with a drive letter';
  if (name.startsWith('/')) return 'its path is absolute';
  if (name.split('/').includes('..')) return 'its path leads out of the folder (..)';
  return undefined;
}

/** Entries a zip tool or OS adds that are not the user's files (folders, macOS resource forks, dotfiles). */
export function isJunkEntry(path: string): boolean {
  return path.endsWith('/') || path.startsWith('__MACOSX/') || /(^|\/)\./.test(path);
}
