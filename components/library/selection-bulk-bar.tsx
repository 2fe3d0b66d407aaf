import { bulkAddTag, bulkRemoveTag, bulkSetFlags } from '@/utils/db/bulk-ops';
import type { ClipDatabase } from '@/utils/db/clip-db';
import { t } from '@/utils/i18n/t';
import { BulkBar } from './bulk-bar';
import { checkForChanges } from './check-for-changes';
import { citeItemsOf } from './cite-items';

type Props = {
  db: ClipDatabase;
  selected: ReadonlySet<number>;
  /** The clips "Check for changes" acts on: the selected rows in view. */
  targets(): number[];
  say(text: string, isError?: boolean): void;
  fail(error: unknown): void;
  onExport(): void;
  onDelete(): void;
  onClear(): void;
};

/** The bulk bar over the selected clips, each action reporting its count (or its error) in the notice. */
export function SelectionBulkBar({ db, selected, targets, say, fail, onExport, onDelete, onClear }: Props) {
  const ids = [...selected];
  return (
    <BulkBar
      count={selected.size}
      onCheck={() => void checkForChanges(db, targets()).then((m) => m && say(m, true))}
      citeItems={() => citeItemsOf(db, ids)}
      onMessage={say}
      onAddTag={(tag) => bulkAddTag(db, ids, tag).then(() => say(t('taggedCount', ids.length)), fail)}
      onRemoveTag={(tag) => bulkRemoveTag(db, ids, tag).then(() => say(t('untaggedCount', ids.length)), fail)}
      onFlags={(flags) => bulkSetFlags(db, ids, flags).then(() => say(t('updatedCount', ids.length)), fail)}
      onExport={onExport}
      onDelete={onDelete}
      onClear={onClear}
    />
  );
}
