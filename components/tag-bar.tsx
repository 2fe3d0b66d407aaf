import { useId, useState } from 'react';
import type { TagCount } from '@/utils/tags/count-tags';
import { foldTag } from '@/utils/tags/fold-tag';
import type { TagFilter } from './tag-filter';
import { t } from '@/utils/i18n/t';

type Props = {
  /** The chips to show (popup-tag-chips.ts: a few, not every tag). */
  tags: TagCount[];
  /** Every tag, for the typeahead. */
  allTags: readonly string[];
  total: number;
  untagged: number;
  filter: TagFilter;
  onFilter(filter: TagFilter): void;
  /** Opens the library's tag list, at the filtered tag if there is one. */
  onAllTags(): void;
};

/**
 * A few tag chips with counts (click one to list only its clips), a typeahead for any other tag, and a link
 * to every tag in the library: a chip per tag filled the popup once a user had a few hundred.
 */
export function TagBar({ tags, allTags, total, untagged, filter, onFilter, onAllTags }: Props) {
  const [typed, setTyped] = useState('');
  const [missing, setMissing] = useState('');
  const listId = useId();
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
  // Exact first, then folded ("Storms" finds "storm"), so a tag is found however the user writes it.
  const find = (raw: string) => {
    const wanted = raw.trim().replace(/^#/, '');
    if (!wanted) return;
    const tag = allTags.find((x) => x === wanted) ?? allTags.find((x) => foldTag(x) === foldTag(wanted));
    if (tag === undefined) return setMissing(wanted);
    setMissing('');
    setTyped('');
    onFilter({ kind: 'tag', tag });
  };
  return (
    <nav className="tag-bar" aria-label={t('filterByTag')}>
      {chip('all', t('filterAll'), total, { kind: 'all' }, filter.kind === 'all')}
      {untagged > 0 &&
        chip('untagged', t('filterUntagged'), untagged, { kind: 'untagged' }, filter.kind === 'untagged')}
      {tags.map(({ tag, count }) =>
        chip(tag, `#${tag}`, count, { kind: 'tag', tag }, filter.kind === 'tag' && filter.tag === tag),
      )}
      {allTags.length > 0 && (
        <span className="tag-find">
          <input
            type="search"
            list={listId}
            value={typed}
            aria-label={t('tagFindLabel')}
            aria-invalid={missing ? true : undefined}
            placeholder={t('tagFindPlaceholder')}
            data-testid="popup-tag-find"
            onChange={(e) => {
              setTyped(e.target.value);
              setMissing('');
              // A pick from the suggestion list filters at once; typed letters wait for Enter ("ai" is
              // not yet "aid").
              if ((e.nativeEvent as InputEvent).inputType === 'insertReplacementText') find(e.target.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                find(typed);
              }
            }}
          />
          <datalist id={listId}>
            {allTags.map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
        </span>
      )}
      {/* No tags yet: "All 0 tags" would lead to an empty list (seen in the screenshots). */}
      {allTags.length > 0 && (
        <button
          type="button"
          className="link"
          data-testid="all-tags"
          onClick={onAllTags}
          title={t('allTagsHint')}
        >
          {t('allTagsCount', allTags.length)}
        </button>
      )}
      {missing && (
        <span className="tag-find-none" role="status" data-testid="popup-tag-none">
          {t('tagFindNone', missing)}
        </span>
      )}
    </nav>
  );
}
