import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { createBackup, backupFilename, backupToJson } from '@/utils/backup/create-backup';
import { getDb } from '@/utils/db/clip-db';
import { versionStorage } from '@/utils/db/clip-versions';
import { downloadFile } from '@/utils/export/download';
import { applyImport, type ImportDecision } from '@/utils/import/apply-import';
import { t } from '@/utils/i18n/t';
import { DecisionSelect } from './decision-select';
import { planInWorker } from './library/plan-in-worker';

/** Storage used, a full JSON backup and its restore, and "delete everything" (confirmed). */
export function DataManagement({ onMessage }: { onMessage(text: string, isError?: boolean): void }) {
  const db = getDb();
  const count = useLiveQuery(() => db.clips.count(), []);
  const usage = useLiveQuery(async () => (await navigator.storage.estimate()).usage ?? 0, [count]);
  const versions = useLiveQuery(() => versionStorage(db), []);
  const [onConflict, setOnConflict] = useState<ImportDecision>('skip');
  const fail = (error: unknown) => onMessage(error instanceof Error ? error.message : String(error), true);

  async function backup() {
    try {
      const data = await createBackup(db);
      await downloadFile(backupFilename(data.exportedAt), backupToJson(data), 'application/json');
    } catch (error) {
      fail(error);
    }
  }

  /** A backup goes through the import's door: read and checked in a worker, within the same caps. */
  async function restore(file: File | undefined) {
    if (!file) return;
    try {
      const plan = await planInWorker([file], {}, () => {}).plan;
      const refused = plan.errors.find((e) => !e.message.startsWith('clips['));
      if (refused) throw new Error(refused.message);
      const decisions = Object.fromEntries(plan.ready.map((c) => [c.canonicalURL, onConflict]));
      const result = await applyImport(db, plan, decisions);
      onMessage(
        t('restoreDone', result.added, result.replaced, result.keptBoth, result.skipped, plan.errors.length),
      );
    } catch (error) {
      fail(error);
    }
  }

  async function deleteEverything() {
    if (!confirm(t('confirmDeleteEverything', count ?? 0))) return;
    try {
      await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
      onMessage(t('deletedEverything'));
    } catch (error) {
      fail(error);
    }
  }

  return (
    <section className="data-management" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p data-testid="storage-used">{t('storageUsed', count ?? 0, ((usage ?? 0) / 1e6).toFixed(1))}</p>
      {versions && (
        <p data-testid="version-storage">
          {t('versionStorage', versions.count, (versions.bytes / 1e6).toFixed(1))}
        </p>
      )}
      <button type="button" data-testid="backup" onClick={() => void backup()}>
        {t('backupButton')}
      </button>
      <label>
        {t('restoreLabel')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="restore"
          onChange={(e) => void restore(e.target.files?.[0])}
        />
      </label>
      <label>
        {t('importApplyAll')}
        <DecisionSelect value={onConflict} onChange={setOnConflict} />
      </label>
      <button
        type="button"
        className="danger"
        data-testid="delete-everything"
        onClick={() => void deleteEverything()}
      >
        {t('deleteEverything')}
      </button>
    </section>
  );
}
