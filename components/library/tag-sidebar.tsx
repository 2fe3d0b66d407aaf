import { memo, useState } from 'react';
import type { TagCount } from '@/utils/tags/count-tags';
import { t } from '@/utils/i18n/t';
import type { TagFilter } from '../tag-filter';

type Props = {
  tags: TagCount[];
  counts: { all: number; untagged: number; drafts: number };
  filter: TagFilter;
  onFilter(filter: TagFilter): void;
  onRename(from: string, to: string): void;
  onMerge(from: string, into: string): void;
  onDelete(tag: string): void;
  /** Clips in the trash; `inTrash` when the trash is the view. */
  trashed: number;
  inTrash: boolean;
  onTrash(): void;
};

/**
 * Tags with counts, plus All / Untagged / Drafts and the Trash; the selected tag can be renamed, merged
 * or deleted.
 */
export const TagSidebar = memo(function TagSidebar({
  tags,
  counts,
  filter,
  onFilter,
  onRename,
  onMerge,
  onDelete,
  trashed,
  inTrash,
  onTrash,
}: Props) {
  const [renaming, setRenaming] = useState('');
  const [mergeInto, setMergeInto] = useState('');
  const selectedTag = filter.kind === 'tag' && !inTrash ? filter.tag : null;

  const item = (key: string, label: string, count: number, next: TagFilter | null, current: boolean) => (
    <li key={key}>
      <button
        type="button"
        className="side-item"
        aria-current={current && (next === null) === inTrash}
        data-testid={`side-${key}`}
        onClick={() => {
          setRenaming('');
          setMergeInto('');
          if (next) onFilter(next);
          else onTrash();
        }}
      >
        <span>{label}</span>
        <span className="count">{count}</span>
      </button>
    </li>
  );

  return (
    <nav className="tag-sidebar" aria-label={t('tagsHeading')}>
      <ul>
        {item('all', t('filterAll'), counts.all, { kind: 'all' }, filter.kind === 'all')}
        {item(
          'untagged',
          t('filterUntagged'),
          counts.untagged,
          { kind: 'untagged' },
          filter.kind === 'untagged',
        )}
        {item('drafts', t('filterDrafts'), counts.drafts, { kind: 'drafts' }, filter.kind === 'drafts')}
        {item('trash', t('trashHeading'), trashed, null, true)}
      </ul>
      <h2>{t('tagsHeading')}</h2>
      <ul>
        {tags.map(({ tag, count }) =>
          item(`tag-${tag}`, `#${tag}`, count, { kind: 'tag', tag }, tag === selectedTag),
        )}
      </ul>
      {selectedTag && (
        <div className="tag-actions" data-testid="tag-actions">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (renaming.trim()) onRename(selectedTag, renaming);
              setRenaming('');
            }}
          >
            <label>
              {t('renameTag')}
              <input
                value={renaming}
                data-testid="rename-tag"
                onChange={(e) => setRenaming(e.target.value)}
                placeholder={selectedTag}
              />
            </label>
            <button type="submit" disabled={!renaming.trim()}>
              {t('rename')}
            </button>
          </form>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (mergeInto) onMerge(selectedTag, mergeInto);
              setMergeInto('');
            }}
          >
            <label>
              {t('mergeInto')}
              <select
                value={mergeInto}
                data-testid="merge-tag"
                onChange={(e) => setMergeInto(e.target.value)}
              >
                <option value="">—</option>
                {tags
                  .filter((x) => x.tag !== selectedTag)
                  .map((x) => (
                    <option key={x.tag} value={x.tag}>
                      {x.tag}
                    </option>
                  ))}
              </select>
            </label>
            <button type="submit" disabled={!mergeInto}>
              {t('merge')}
            </button>
          </form>
          <button
            type="button"
            className="danger"
            data-testid="delete-tag"
            onClick={() => {
              if (confirm(t('confirmDeleteTag', selectedTag))) onDelete(selectedTag);
            }}
          >
            {t('deleteTag')}
          </button>
        </div>
      )}
    </nav>
  );
});
