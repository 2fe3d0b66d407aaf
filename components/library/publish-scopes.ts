import { t } from '@/utils/i18n/t';
import { filterLabel, type TagFilter } from '../tag-filter';
import type { PublishScope } from './publish-dialog';

/**
 * The sets "Publish…" offers: the selected clips in view (when any), the clips in view (when a tag or a
 * search narrows them), and every clip (only the posts that changed are committed).
 */
export function publishScopes(
  all: readonly number[],
  inView: readonly number[],
  selectedInView: readonly number[],
  filter: TagFilter,
  query: string,
): PublishScope[] {
  return [
    ...(selectedInView.length
      ? [{ id: 'selection', label: t('publishScopeSelection'), ids: selectedInView }]
      : []),
    ...(filter.kind === 'all' && !query
      ? []
      : [{ id: 'view', label: query || filterLabel(filter), ids: inView }]),
    { id: 'all', label: t('publishScopeAll'), ids: all },
  ];
}
