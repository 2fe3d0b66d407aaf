import { t } from '@/utils/i18n/t';

/** A follow-up the notice offers ("Mark them ready"): one click, then the notice is replaced. */
export type NoticeAction = { label: string; run(): void };
export type Notice<U> = { text: string; isError: boolean; undo?: U; action?: NoticeAction };

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
      {notice.action && (
        <button type="button" data-testid="notice-action" onClick={notice.action.run}>
          {notice.action.label}
        </button>
      )}
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
