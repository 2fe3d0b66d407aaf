import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Restriction } from '@/utils/capture/restricted-page';
import { restrictedPage } from '@/utils/capture/restricted-page';

export type ActiveTab = { id: number; url: string | undefined; restriction: Restriction | null };

/** The tab the popup was opened on, with the reason it can't be clipped (decided instantly from its URL). */
export function useActiveTab(): ActiveTab | null {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      if (!live || active?.id === undefined) return;
      setTab({ id: active.id, url: active.url, restriction: restrictedPage(active.url) });
    })();
    return () => {
      live = false;
    };
  }, []);
  return tab;
}
