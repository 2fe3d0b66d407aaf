import { t } from '@/utils/i18n/t';

export type BodyView = 'edit' | 'read' | 'versions';

type Props = { view: BodyView; versionCount: number | undefined; onView(view: BodyView): void };

/** How the open clip's body shows: read (rendered), its Markdown to edit, or its stored versions. */
export function BodyViewTabs({ view, versionCount, onView }: Props) {
  return (
    <div role="tablist" aria-label={t('bodyView')}>
      <button
        type="button"
        role="tab"
        aria-selected={view === 'read'}
        data-testid="view-read"
        onClick={() => onView('read')}
      >
        {t('viewRead')}
      </button>
      <button
        type="button"
        role="tab"
        aria-selected={view === 'edit'}
        data-testid="view-edit"
        onClick={() => onView('edit')}
      >
        {t('viewMarkdown')}
      </button>
      <button
        type="button"
        role="tab"
        aria-selected={view === 'versions'}
        data-testid="view-versions"
        onClick={() => onView('versions')}
      >
        {versionCount ? t('viewVersionsCount', versionCount) : t('viewVersions')}
      </button>
    </div>
  );
}
