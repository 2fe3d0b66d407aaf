import type { ResolvedExportOptions } from './export-options';
import { applyFilenamePattern, type FilenameClip } from './filename-pattern';
import { getProfile } from './profiles/profiles';

/**
 * A post's folders and file stem under the export folder: a user template's file name, else the user's
 * pattern, else the profile's naming.
 */
export function postNameParts(
  clip: FilenameClip,
  options: Pick<ResolvedExportOptions, 'profile' | 'filenamePattern'> &
    Partial<Pick<ResolvedExportOptions, 'template'>>,
): string[] {
  const profile = getProfile(options.profile, options.template);
  // A user template names its files with its own pattern, shown and checked in its editor.
  if (profile.nameParts) return profile.nameParts(clip);
  return applyFilenamePattern(options.filenamePattern || profile.filenamePattern, clip);
}
