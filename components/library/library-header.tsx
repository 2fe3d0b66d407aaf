import { forwardRef } from 'react';
import { t } from '@/utils/i18n/t';
import type { SortKey } from './sort-clips';

type Props = {
  query: string;
  sort: SortKey;
  onQuery(query: string): void;
  onSort(sort: SortKey): void;
  /** Leaves the search box for the results list (Escape or ↓). */
  onLeave(): void;
  onImport(): void;
  /** "Clip links…": paste addresses to clip in the background. */
  onLinks(): void;
  /** "Publish…": to the blog's repository, and pulling from it. */
  onPublish(): void;
};

/** Title, search box (`/` focuses it from anywhere), sort order and Import. */
export const LibraryHeader = forwardRef<HTMLInputElement, Props>(function LibraryHeader(
  { query, sort, onQuery, onSort, onLeave, onImport, onLinks, onPublish },
  ref,
) {
  return (
    <header className="library-header">
      <h1>{t('libraryTitle')}</h1>
      <input
        ref={ref}
        type="search"
        className="search"
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={query}
        data-testid="search"
        onKeyDown={(e) => {
          // Escape moves to the results (keeping the query) instead of the native clear-the-box.
          if (e.key === 'Escape' || e.key === 'ArrowDown') {
            e.preventDefault();
            onLeave();
          }
        }}
        onChange={(e) => onQuery(e.target.value)}
      />
      <label className="sort">
        {t('sortBy')}
        <select value={sort} data-testid="sort" onChange={(e) => onSort(e.target.value as SortKey)}>
          <option value="saved">{t('sortSaved')}</option>
          <option value="published">{t('sortPublished')}</option>
          <option value="title">{t('sortTitle')}</option>
          <option value="site">{t('sortSite')}</option>
        </select>
      </label>
      <button type="button" data-testid="open-links" onClick={onLinks}>
        {t('clipLinks')}
      </button>
      <button type="button" data-testid="open-import" onClick={onImport}>
        {t('importButton')}
      </button>
      <button type="button" data-testid="open-publish" onClick={onPublish}>
        {t('publishOpen')}
      </button>
    </header>
  );
});
