import type { ClipFailure } from '@/utils/capture/clip-outcome';
import { t } from '@/utils/i18n/t';

type Props = { outcome: ClipFailure; busy: boolean; onSelection(): void; onSaveAnyway(): void };

/**
 * An article that looks too thin (a shell, a caption, a teaser) is not saved without asking: the reason,
 * then the selection instead or "Save anyway", which saves it as usual.
 */
export function ThinWarning({ outcome, busy, onSelection, onSaveAnyway }: Props) {
  return (
    <div className="thin-warning" data-testid="thin-warning">
      <p className="status error" role="alert" data-testid="clip-status">
        {outcome.message}
      </p>
      <button type="button" data-testid="clip-selection" disabled={busy} onClick={onSelection}>
        {t('clipSelectionInstead')}
      </button>
      <button type="button" data-testid="save-anyway" disabled={busy} onClick={onSaveAnyway}>
        {t('saveAnyway')}
      </button>
    </div>
  );
}
