import { useLiveQuery } from 'dexie-react-hooks';
import type { TrashRow } from '@/utils/db/clip-db';
import { getDb } from '@/utils/db/clip-db';
import { deleteForever, emptyTrash, listTrash, restoreFromTrash, TRASH_DAYS } from '@/utils/db/trash';
import { t } from '@/utils/i18n/t';
import { formatDate, siteLabel } from '../format-date';

type Props = { onMessage(text: string, isError?: boolean): void };

/** The deleted clips, newest first: restore one, delete one for good, or empty the trash. */
export function TrashView({ onMessage }: Props) {
  const db = getDb();
  const rows = useLiveQuery(() => listTrash(db), []);
  const fail = (error: unknown) => onMessage(error instanceof Error ? error.message : String(error), true);

  async function restore(row: TrashRow) {
    try {
      const { clashed } = await restoreFromTrash(db, [row.trashId!]);
      if (clashed.length) onMessage(t('trashClashed', row.clip.title), true);
      else onMessage(t('trashRestored', row.clip.title));
    } catch (error) {
      fail(error);
    }
  }

  async function remove(row: TrashRow) {
    if (!confirm(t('confirmDeleteForever', row.clip.title))) return;
    await deleteForever(db, [row.trashId!]).then(() => onMessage(t('deletedForever', row.clip.title)), fail);
  }

  async function empty() {
    if (!rows?.length || !confirm(t('confirmEmptyTrash', rows.length))) return;
    await emptyTrash(db).then((n) => onMessage(t('trashEmptied', n)), fail);
  }

  if (!rows) return <p className="empty">{t('loading')}</p>;
  return (
    <div className="trash-view" data-testid="trash-view">
      <div className="list-header">
        <span data-testid="trash-count">{t('clipCount', rows.length)}</span>
        <button
          type="button"
          className="danger"
          disabled={!rows.length}
          data-testid="empty-trash"
          onClick={() => void empty()}
        >
          {t('emptyTrash')}
        </button>
      </div>
      <p className="trash-note">
        {rows.length ? t('trashNote', TRASH_DAYS) : t('trashEmptyNote', TRASH_DAYS)}
      </p>
      <ul className="trash-list">
        {rows.map((row) => (
          <li key={row.trashId} className="table-row" data-testid="trash-row">
            <div className="row-text">
              <span className="clip-title">{row.clip.title}</span>
              <span className="clip-meta">
                {siteLabel(row.clip)} · {t('trashDeletedOn', formatDate(row.deletedAt))}
              </span>
            </div>
            <span className="trash-actions">
              <button type="button" data-testid="trash-restore" onClick={() => void restore(row)}>
                {t('restore')}
              </button>
              <button
                type="button"
                className="danger"
                data-testid="trash-delete-forever"
                onClick={() => void remove(row)}
              >
                {t('deleteForever')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
