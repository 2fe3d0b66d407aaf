import { memo, useState } from 'react';
import type { TagCount } from '@/utils/tags/count-tags';
import { t } from '@/utils/i18n/t';
import type { TagFilter } from '../tag-filter';
import { foldTag } from '@/utils/tags/fold-tag';
import { normalizeTag } from '@/utils/tags/normalize-tag';

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
  /** Folded, the sidebar is one button wide and the list takes the room (a 900 px window). */
  open: boolean;
  onToggle(): void;
};

/**
 * Tags with counts and a filter box, plus All / Untagged / Drafts and the Trash; the
 * selected tag opens its actions under it: rename (onto an existing tag: a merge, asked first), merge,
 * delete — each undoable from the notice.
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
  open,
  onToggle,
}: Props) {
  const [renaming, setRenaming] = useState('');
  const [mergeInto, setMergeInto] = useState('');
  const [narrow, setNarrow] = useState('');
  const selectedTag = filter.kind === 'tag' && !inTrash ? filter.tag : null;
  // Typed in any case or accent; the selected tag stays listed so its actions stay in view.
  const wanted = foldTag(narrow);
  const shown = wanted
    ? tags.filter(({ tag }) => tag === selectedTag || foldTag(tag).includes(wanted))
    : tags;

  const item = (key: string, label: string, count: number, next: TagFilter | null, current: boolean) => (
    <li key={key}>
      <button
        type="button"
        className="side-item"
        aria-current={current && (next === null) === inTrash}
        aria-expanded={next?.kind === 'tag' ? current : undefined}
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

  const rename = (from: string) => {
    const to = renaming.trim();
    const existing = tags.find((x) => x.tag === normalizeTag(to) && x.tag !== from);
    // Renaming onto a tag that exists merges the two: said first, not done silently.
    if (existing && !confirm(t('confirmRenameMerge', from, existing.tag))) return;
    onRename(from, to);
    setRenaming('');
  };

  // Under the selected tag itself, not below the whole list: with 80 tags the actions stay where the click was.
  const actions = (selected: string) => (
    <li key="tag-actions" className="tag-actions" data-testid="tag-actions">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (renaming.trim()) rename(selected);
        }}
      >
        <label>
          {t('renameTag')}
          <input
            value={renaming}
            data-testid="rename-tag"
            onChange={(e) => setRenaming(e.target.value)}
            placeholder={selected}
          />
        </label>
        <button type="submit" disabled={!renaming.trim()}>
          {t('rename')}
        </button>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (mergeInto) onMerge(selected, mergeInto);
          setMergeInto('');
        }}
      >
        <label>
          {t('mergeInto')}
          <select value={mergeInto} data-testid="merge-tag" onChange={(e) => setMergeInto(e.target.value)}>
            <option value="">—</option>
            {tags
              .filter((x) => x.tag !== selected)
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
          if (confirm(t('confirmDeleteTag', selected))) onDelete(selected);
        }}
      >
        {t('deleteTag')}
      </button>
    </li>
  );

  const toggle = (
    <button
      type="button"
      className="sidebar-toggle"
      aria-expanded={open}
      aria-label={open ? t('hideTags') : t('showTags')}
      title={open ? t('hideTags') : t('showTags')}
      data-testid="toggle-tags"
      onClick={onToggle}
    >
      {open ? '«' : '»'}
    </button>
  );
  if (!open) {
    return (
      <nav className="tag-sidebar folded" aria-label={t('tagsHeading')}>
        {toggle}
      </nav>
    );
  }

  return (
    <nav className="tag-sidebar" aria-label={t('tagsHeading')}>
      {toggle}
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
      {tags.length > 0 && (
        <input
          type="search"
          className="tag-filter"
          value={narrow}
          aria-label={t('tagFilterLabel')}
          placeholder={t('tagFilterPlaceholder')}
          data-testid="tag-filter"
          onChange={(e) => setNarrow(e.target.value)}
        />
      )}
      <ul>
        {shown.flatMap(({ tag, count }) => {
          const entry = item(`tag-${tag}`, `#${tag}`, count, { kind: 'tag', tag }, tag === selectedTag);
          return tag === selectedTag ? [entry, actions(tag)] : [entry];
        })}
      </ul>
      {shown.length === 0 && tags.length > 0 && <p className="source-note">{t('tagFilterNone')}</p>}
    </nav>
  );
});
