import { t } from '../i18n/t';
import { summarizeChange } from './change-summary';
import { describeChange } from './describe-change';
import type { VersionContent } from './version-schema';

/** One change of a story, for the "Updates" note of an exported post: the day it was seen, and what. */
export type UpdateLine = { day: string; said: string };

type Dated = Pick<VersionContent, 'title' | 'description' | 'author' | 'pubDatetime' | 'markdown'> & {
  replacedAt: string;
};

/**
 * The changes from each version to the next, oldest first, the last one to the clip's current content:
 * dated by the re-clip that saw them (UTC day, as the post's dates are).
 */
export function updateLines(
  versions: readonly Dated[],
  current: Parameters<typeof summarizeChange>[1],
): UpdateLine[] {
  return versions.map((version, i) => ({
    day: version.replacedAt.slice(0, 10),
    said: describeChange(summarizeChange(version, versions[i + 1] ?? current)) ?? t('changeText'),
  }));
}
