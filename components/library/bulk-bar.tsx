import { useState } from 'react';
import { t } from '@/utils/i18n/t';
import type { CslItem } from '@/utils/cite/csl-item';
import { CiteMenu } from './cite-menu';

type Props = {
  count: number;
  onAddTag(tag: string): void;
  onRemoveTag(tag: string): void;
  onFlags(flags: { draft?: boolean; featured?: boolean }): void;
  onExport(): void;
  onCheck(): void;
  /** The selected clips as citations, for "Copy citation". */
  citeItems(): Promise<CslItem[]>;
  onMessage(message: string, isError?: boolean): void;
  onDelete(): void;
  onClear(): void;
};

/** Actions on the selected clips. */
export function BulkBar({
  count,
  onAddTag,
  onRemoveTag,
  onFlags,
  onExport,
  onCheck,
  citeItems,
  onMessage,
  onDelete,
  onClear,
}: Props) {
  const [tag, setTag] = useState('');
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('bulkActions')} data-testid="bulk-bar">
      <strong>{t('selectedCount', count)}</strong>
      <input
        aria-label={t('bulkTagLabel')}
        placeholder={t('tagPlaceholder')}
        value={tag}
        data-testid="bulk-tag"
        onChange={(e) => setTag(e.target.value)}
      />
      <button
        type="button"
        disabled={!tag.trim()}
        data-testid="bulk-add-tag"
        onClick={() => (onAddTag(tag), setTag(''))}
      >
        {t('addTag')}
      </button>
      <button
        type="button"
        disabled={!tag.trim()}
        onClick={() => (onRemoveTag(tag.trim().toLowerCase()), setTag(''))}
      >
        {t('removeTag')}
      </button>
      <button type="button" data-testid="bulk-publish" onClick={() => onFlags({ draft: false })}>
        {t('markPublished')}
      </button>
      <button type="button" onClick={() => onFlags({ draft: true })}>
        {t('markDraft')}
      </button>
      <button type="button" onClick={() => onFlags({ featured: true })}>
        {t('markFeatured')}
      </button>
      <button type="button" data-testid="bulk-export" onClick={onExport}>
        {t('exportSelection')}
      </button>
      <button type="button" data-testid="bulk-check" onClick={onCheck}>
        {t('checkChanges')}
      </button>
      <CiteMenu items={citeItems} onMessage={onMessage} testId="bulk-cite" />
      <button type="button" className="danger" data-testid="bulk-delete" onClick={onDelete}>
        {t('delete')}
      </button>
      <button type="button" onClick={onClear}>
        {t('clearSelection')}
      </button>
    </div>
  );
}
