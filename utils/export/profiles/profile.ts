import type { Clip } from '../../clip-schema';
import type { ProfileId, ResolvedExportOptions } from '../export-options';
import type { FilenameClip } from '../filename-pattern';

/** Clip fields read back from a post's frontmatter and body; the importer fills in the rest. */
export type ImportedFields = Partial<Clip>;

/**
 * One output format: how a clip becomes frontmatter, where its file goes, and how frontmatter written by
 * that format (or by hand in its style) becomes clip fields again. The Markdown body is the same for all.
 */
export type OutputProfile = {
  id: ProfileId;
  label: string;
  /** Folder of the posts inside an export zip, like the blog's content folder. */
  folder: string;
  /** Keys written as plain ISO timestamps (never quoted) so YAML 1.1 readers see dates. */
  dateKeys: readonly string[];
  /** Every key the profile writes or reads; import detects the profile by them. */
  keys: readonly string[];
  /** The frontmatter key carrying each clip field; fields not listed are not carried (import fills them). */
  fieldKeys: Partial<Record<keyof Clip, string>>;
  /** How its files are named (see FILENAME_TOKENS), unless the user set a pattern of their own. */
  filenamePattern: string;
  /** The slug a file name implies, for profiles whose frontmatter has none. */
  slugFromStem(stem: string, fields?: ImportedFields): string;
  toFrontmatter(clip: Clip, options: ResolvedExportOptions): Record<string, unknown>;
  /** A user template's body around the clip's (inert) content; checked for inertness again after. */
  renderBody?(clip: Clip, content: string, options: ResolvedExportOptions): string;
  /** A user template's folders and file stem for a clip, instead of `filenamePattern`. */
  nameParts?(clip: FilenameClip): string[];
  /** The (already inert) body as this engine must read it to print it unchanged; absent: as it is. */
  exportBody?(markdown: string): string;
  fromFrontmatter(frontmatter: Record<string, unknown>, body: string): ImportedFields;
};
