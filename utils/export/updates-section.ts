import { t } from '../i18n/t';
import type { UpdateLine } from '../versions/update-lines';

/**
 * The "Updates" note an export may end a post with (#14): what the story changed since it was first
 * clipped, a line per re-clip that found it changed. Empty when it never changed.
 */
export function updatesSection(lines: readonly UpdateLine[]): string {
  if (!lines.length) return '';
  return [`## ${t('updatesHeading')}`, '', ...lines.map((line) => `- ${line.day}: ${line.said}`)].join('\n');
}
