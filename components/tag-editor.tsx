import { useId, useState } from 'react';
import { normalizeTag } from '@/utils/tags/normalize-tag';
import { t } from '@/utils/i18n/t';

type Props = {
  tags: string[];
  knownTags: string[];
  /** Suggested tags (suggest-tags.ts), best first: one click adds one. */
  suggestions?: readonly string[];
  /** Tags of the newest clips (recent-tags.ts): one click adds one, as a suggestion. */
  recent?: readonly string[];
  /**
   * The tags stored so far, where edits save at once: a chip not yet among them shows as saving (aria-busy),
   * so a tag never looks kept before the database has it.
   */
  saved?: readonly string[];
  inputId?: string;
  onChange(tags: string[]): void;
};

/**
 * Tags as chips: type to add (Enter or comma), autocomplete from existing tags, click × to remove, click a
 * suggestion or a recent tag to add it.
 */
export function TagEditor({
  tags,
  knownTags,
  suggestions = [],
  recent = [],
  saved,
  inputId,
  onChange,
}: Props) {
  const [draft, setDraft] = useState('');
  const listId = useId();

  function add(raw: string) {
    const next = raw.split(',').map(normalizeTag).filter(Boolean);
    if (next.length) onChange([...new Set([...tags, ...next])]);
    setDraft('');
  }

  return (
    <div className="tag-editor">
      {tags.map((tag) => (
        <span
          key={tag}
          className={saved && !saved.includes(tag) ? 'chip editable saving' : 'chip editable'}
          aria-busy={saved && !saved.includes(tag) ? true : undefined}
          data-testid="tag-chip"
        >
          #{tag}
          <button
            type="button"
            aria-label={t('removeTagNamed', tag)}
            onClick={() => onChange(tags.filter((t) => t !== tag))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        id={inputId}
        aria-label={t('addTagLabel')}
        placeholder={t('addTagPlaceholder')}
        list={listId}
        value={draft}
        data-testid="tag-input"
        onChange={(e) => (e.target.value.endsWith(',') ? add(e.target.value) : setDraft(e.target.value))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add(draft);
          } else if (e.key === 'Backspace' && !draft && tags.length) {
            onChange(tags.slice(0, -1));
          }
        }}
        onBlur={() => draft && add(draft)}
      />
      <datalist id={listId}>
        {knownTags
          .filter((t) => !tags.includes(t))
          .map((t) => (
            <option key={t} value={t} />
          ))}
      </datalist>
      {suggestions.length > 0 && (
        <div
          className="tag-suggestions"
          role="group"
          aria-label={t('suggestedTags')}
          data-testid="tag-suggestions"
        >
          <span>{t('suggestedTags')}</span>
          {suggestions.map((tag) => (
            <button
              key={tag}
              type="button"
              className="chip suggestion"
              data-testid="tag-suggestion"
              aria-label={t('addSuggestedTag', tag)}
              onClick={() => onChange([...new Set([...tags, tag])])}
            >
              +{tag}
            </button>
          ))}
        </div>
      )}
      {recent.length > 0 && (
        <div className="tag-suggestions" role="group" aria-label={t('recentTags')} data-testid="tag-recents">
          <span>{t('recentTags')}</span>
          {recent.map((tag) => (
            <button
              key={tag}
              type="button"
              className="chip suggestion"
              data-testid="tag-recent"
              aria-label={t('addRecentTag', tag)}
              onClick={() => onChange([...new Set([...tags, tag])])}
            >
              +{tag}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
