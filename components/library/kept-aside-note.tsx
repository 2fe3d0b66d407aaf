import { getDb } from '@/utils/db/clip-db';
import { downloadFile } from '@/utils/export/download';
import { t } from '@/utils/i18n/t';

type Props = { count: number; onError(error: unknown): void };

/**
 * Says how many stored records could not be read (the v5 upgrade keeps them aside, never deletes them)
 * and offers them as a file, so nothing is silently lost while the rest of the library shows.
 */
export function KeptAsideNote({ count, onError }: Props) {
  if (!count) return null;
  async function download() {
    try {
      const rows = await getDb().quarantine.toArray();
      await downloadFile(
        'newsclip-kept-aside.json',
        `${JSON.stringify(rows, null, 2)}\n`,
        'application/json;charset=utf-8',
      );
    } catch (error) {
      onError(error);
    }
  }
  return (
    <div className="notice error kept-aside" role="status" data-testid="kept-aside">
      <span>{t('quarantineNote', count)}</span>
      <button type="button" onClick={() => void download()}>
        {t('quarantineDownload')}
      </button>
    </div>
  );
}
