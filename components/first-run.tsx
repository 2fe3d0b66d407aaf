import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/t';
import { usePaintMark } from './use-paint-mark';

/** The shortcut the user actually has for "clip this page" (they may have changed it), or none. */
function useClipShortcut(): string | undefined {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === 'clip-page')?.shortcut || undefined))
      .catch(() => undefined);
  }, []);
  return shortcut;
}

/**
 * The popup with no clip yet: what a clip is and the three ways to make one, instead of only "No clips
 * here yet", and where the settings are.
 */
export function FirstRun() {
  const shortcut = useClipShortcut();
  // In place of the list: what bench:ui times as "list painted" for an empty library.
  usePaintMark('newsclip:list-painted', true);
  return (
    <div className="first-run" data-testid="first-run">
      <p>{t('firstRunWhat')}</p>
      <ul>
        <li>{t('firstRunButton')}</li>
        <li>{shortcut ? t('firstRunShortcut', shortcut) : t('firstRunNoShortcut')}</li>
        <li>{t('firstRunMenu')}</li>
      </ul>
      <button
        type="button"
        className="link"
        data-testid="open-settings"
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        {t('firstRunSettings')}
      </button>
    </div>
  );
}
