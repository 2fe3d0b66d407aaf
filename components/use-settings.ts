import { useEffect, useState } from 'react';
import type { Settings } from '@/utils/settings-schema';
import { defaultSettings } from '@/utils/settings-schema';
import { getSettings, watchSettings } from '@/utils/settings-store';

/** The user's settings, live (defaults until loaded). */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s));
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
