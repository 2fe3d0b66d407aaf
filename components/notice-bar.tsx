import { t } from '@/utils/i18n/t';

/** A follow-up the notice offers ("Mark them ready"): one click, then the notice is replaced. */
export type NoticeAction = { label: string; run(): void };
export type Notice<U> = { text: string; isError: boolean; undo?: U; action?: NoticeAction };

/**
 * The result of the last action, with Undo when it can be undone. The region is always there, announced
 * politely, so a screen reader hears each new notice (a live region added with its text is often missed);
 * the popup keeps it in view while scrolled (popup.css), where an export's result once landed off-screen.
 */
export function NoticeBar<U>({
  notice,
  onUndo,
  onDismiss,
}: {
  notice: Notice<U> | null;
  onUndo(undo: U): void;
  onDismiss(): void;
}) {
  return (
    <div className="notice-region" role="status" aria-live="polite" data-testid="notice-region">
      {notice && <NoticeBody notice={notice} onUndo={onUndo} onDismiss={onDismiss} />}
    </div>
  );
}

function NoticeBody<U>({
  notice,
  onUndo,
  onDismiss,
}: {
  notice: Notice<U>;
  onUndo(undo: U): void;
  onDismiss(): void;
}) {
  const { undo } = notice;
  return (
    <div className={`notice ${notice.isError ? 'error' : ''}`} data-testid="notice">
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
