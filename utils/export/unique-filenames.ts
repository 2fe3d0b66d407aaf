import { uniqueSafeFilenames } from './safe-filename';

/** `<slug>.md` names made safe and unique within one export: the second "a" becomes "a-2.md", then "a-3.md". */
export function uniqueFilenames(slugs: readonly string[], extension = '.md'): string[] {
  return uniqueSafeFilenames(slugs, extension);
}
