import { lazy, Suspense, useCallback, useState } from 'react';
import type { StoredSummary } from '@/utils/clip-schema';
import { ClipAction } from './clip-action';
import type { JustClipped } from './popup-app';
import { useActiveTab } from './use-active-tab';

// The clip button is what the popup is opened for: it is drawn by this small part, while the rest (the
// database, the schemas, the list) loads beside it, started here before React mounts.
const loadApp = import('./popup-app');
const PopupApp = lazy(() => loadApp.then((m) => ({ default: m.PopupApp })));

/** The popup: the clip button first, then the newest clips by tag (popup-app.tsx). */
export function PopupShell() {
  const tab = useActiveTab();
  const [clipped, setClipped] = useState<JustClipped | null>(null);
  const [stored, setStored] = useState<StoredSummary | undefined>();
  const onStored = useCallback((s: StoredSummary | undefined) => setStored(s), []);
  return (
    <main className="popup">
      <ClipAction
        tab={tab}
        stored={stored}
        onClipped={(id, clip) => setClipped({ id, clip: clip ?? null })}
      />
      <Suspense fallback={null}>
        <PopupApp tab={tab} clipped={clipped} onStored={onStored} />
      </Suspense>
    </main>
  );
}
