import { t, type MessageKey } from '../i18n/t';
import type { ChangeSummary } from './change-summary-schema';

const NOTE_KEYS = {
  correction: 'changeCorrection',
  update: 'changeUpdate',
  note: 'changeEditorsNote',
} as const satisfies Record<ChangeSummary['notes'][number], MessageKey>;

/**
 * A change in a line: "Headline changed · 3 paragraphs added · 1 removed · correction appended". The
 * first paragraph count names its unit, the next ones don't. `null`: nothing to say (identical versions).
 */
export function describeChange(change: ChangeSummary): string | null {
  const parts: string[] = [];
  if (change.headline) parts.push(t('changeHeadline'));
  if (change.description) parts.push(t('changeDescription'));
  if (change.author) parts.push(t('changeAuthor'));
  if (change.date) parts.push(t('changeDate'));
  let named = false;
  for (const [count, first, next] of [
    [change.added, 'changeParagraphsAdded', 'changeAdded'],
    [change.removed, 'changeParagraphsRemoved', 'changeRemoved'],
    [change.edited, 'changeParagraphsEdited', 'changeEdited'],
  ] as const) {
    if (!count) continue;
    parts.push(t(named ? next : first, count));
    named = true;
  }
  for (const kind of new Set(change.notes)) parts.push(t(NOTE_KEYS[kind]));
  return parts.length ? parts.join(' · ') : null;
}
