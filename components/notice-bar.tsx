import { t } from '@/utils/i18n/t';

export type Notice<U> = { text: string; isError: boolean; undo?: U };

/** The result of the last action, with Undo when it can be undone. */
export function NoticeBar<U>({
  notice,
  onUndo,
  onDismiss,
}: {
  notice: Notice<U> | null;
  onUndo(undo: U): void;
  onDismiss(): void;
}) {
  if (!notice) return null;
  const { undo } = notice;
  return (
    <div className={`notice ${notice.isError ? 'error' : ''}`} role="status" data-testid="notice">
      <span>{notice.text}</span>
      {undo !== undefined && (
        <button type="button" data-testid="undo" onClick={() => onUndo(undo)}>
          {t('undo')}
        </button>
      )}
      <button type="button" aria-label={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
