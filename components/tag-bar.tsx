import type { TagCount } from '@/utils/tags/count-tags';
import type { TagFilter } from './tag-filter';
import { t } from '@/utils/i18n/t';

type Props = {
  tags: TagCount[];
  total: number;
  untagged: number;
  filter: TagFilter;
  onFilter(filter: TagFilter): void;
};

/** Tag chips with counts; click one to list only its clips. */
export function TagBar({ tags, total, untagged, filter, onFilter }: Props) {
  const chip = (key: string, label: string, count: number, next: TagFilter, pressed: boolean) => (
    <button
      key={key}
      type="button"
      className="chip"
      aria-pressed={pressed}
      data-testid={`tag-${key}`}
      onClick={() => onFilter(next)}
    >
      {label} <span className="count">{count}</span>
    </button>
  );
  return (
    <nav className="tag-bar" aria-label={t('filterByTag')}>
      {chip('all', t('filterAll'), total, { kind: 'all' }, filter.kind === 'all')}
      {untagged > 0 &&
        chip('untagged', t('filterUntagged'), untagged, { kind: 'untagged' }, filter.kind === 'untagged')}
      {tags.map(({ tag, count }) =>
        chip(tag, `#${tag}`, count, { kind: 'tag', tag }, filter.kind === 'tag' && filter.tag === tag),
      )}
    </nav>
  );
}
