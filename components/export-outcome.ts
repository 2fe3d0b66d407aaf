import { bulkSetFlags } from '@/utils/db/bulk-ops';
import type { ClipDatabase } from '@/utils/db/clip-db';
import { hiddenDrafts } from '@/utils/export/hidden-drafts';
import { t } from '@/utils/i18n/t';
import type { Settings } from '@/utils/settings-schema';
import type { NoticeAction } from './notice-bar';

export type Told = { text: string; isError: boolean; action?: NoticeAction };

/**
 * What an export tells: how many clips went into which file, and, when some are drafts the blog won't
 * show, how many, with "Mark them ready" (the draft flag off for those clips; export again to publish).
 */
export async function exportOutcome(
  db: ClipDatabase,
  ids: readonly number[],
  settings: Settings,
  count: number,
  name: string,
  tell: (told: Told) => void,
): Promise<Told> {
  const exported = t('exportedCount', count, name);
  const drafts = await hiddenDrafts(db, ids, settings.profile, settings.template);
  if (drafts.length === 0) return { text: exported, isError: false };
  return {
    text: `${exported} ${t('draftsHidden', drafts.length)}`,
    isError: false,
    action: {
      label: t('markReady'),
      run() {
        bulkSetFlags(db, drafts, { draft: false }).then(
          () => tell({ text: t('markedReady', drafts.length), isError: false }),
          (error: unknown) => tell({ text: String(error), isError: true }),
        );
      },
    },
  };
}
