import { canOpenSidePanel, openSidePanel } from '@/utils/side-panel';
import { t } from '@/utils/i18n/t';

/** "Open in side panel": the same review, roomier, staying open while the user moves between tabs. */
export function OpenSidePanel({ windowId }: { windowId: number | undefined }) {
  if (!canOpenSidePanel()) return null;
  return (
    <p className="open-side-panel">
      <button
        type="button"
        className="link"
        data-testid="open-side-panel"
        onClick={() =>
          // Called at once in the click: both browsers open the panel only in answer to a user gesture.
          void openSidePanel(windowId).then(
            () => window.close(),
            (error: unknown) => console.warn('Opening the side panel failed:', error),
          )
        }
      >
        {t('openInSidePanel')}
      </button>
    </p>
  );
}
