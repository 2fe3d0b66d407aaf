import type { ResolvedExportOptions } from './export-options';
import { applyFilenamePattern, type FilenameClip } from './filename-pattern';
import { getProfile } from './profiles/profiles';

/** A post's folders and file stem under the export folder: the user's pattern, else the profile's naming. */
export function postNameParts(
  clip: FilenameClip,
  options: Pick<ResolvedExportOptions, 'profile' | 'filenamePattern'>,
): string[] {
  return applyFilenamePattern(options.filenamePattern || getProfile(options.profile).filenamePattern, clip);
}
