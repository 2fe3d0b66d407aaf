import { lazy, Suspense, useCallback, useState } from 'react';
import type { StoredSummary } from '@/utils/clip-schema';
import { ClipAction } from './clip-action';
import { OpenSidePanel } from './open-side-panel';
import type { JustClipped } from './popup-app';
import { useActiveTab, type ActiveTab } from './use-active-tab';

// The clip button is what the popup is opened for: it is drawn by this small part, while the rest (the
// database, the schemas, the list) loads beside it, started here before React mounts.
const loadApp = import('./popup-app');
const PopupApp = lazy(() => loadApp.then((m) => ({ default: m.PopupApp })));

type Props = {
  /**
   * Where the page to clip comes from: the tab the popup was opened on (default), or, in the side panel,
   * the tab active in the panel's window now (use-window-tab.ts).
   */
  useTab?: () => ActiveTab | null;
  /** The side panel: wider, follows the tabs, asks for host access to clip. */
  panel?: { askAccess(): Promise<boolean> };
};

/** The popup (and the side panel): the clip button first, then the newest clips by tag (popup-app.tsx). */
export function PopupShell({ useTab = useActiveTab, panel }: Props) {
  const tab = useTab();
  const [clipped, setClipped] = useState<JustClipped | null>(null);
  const [stored, setStored] = useState<StoredSummary | undefined>();
  const onStored = useCallback((s: StoredSummary | undefined) => setStored(s), []);
  return (
    <main className={panel ? 'popup side-panel' : 'popup'}>
      <ClipAction
        // Another tab (the panel follows them) starts afresh: no outcome of the last page's clip.
        key={tab ? `${tab.id} ${tab.url ?? ''}` : ''}
        tab={tab}
        stored={stored}
        onClipped={(id, clip) => setClipped({ id, clip: clip ?? null })}
        {...(panel && { askAccess: panel.askAccess })}
      />
      {!panel && <OpenSidePanel windowId={tab?.windowId} />}
      <Suspense fallback={null}>
        <PopupApp tab={tab} clipped={clipped} onStored={onStored} />
      </Suspense>
    </main>
  );
}
