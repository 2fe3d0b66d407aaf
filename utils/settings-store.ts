import { storage } from 'wxt/utils/storage';
import type { Settings } from './settings-schema';
import { defaultSettings, settingsSchema } from './settings-schema';

const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: defaultSettings });

/** The user's settings; a damaged stored value falls back to the defaults field by field. */
export async function getSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  const parsed = settingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : defaultSettings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settingsSchema.parse(settings));
}

/** Calls `listener` with the new settings whenever they change (in any extension page). */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => {
    const parsed = settingsSchema.safeParse(value);
    listener(parsed.success ? parsed.data : defaultSettings);
  });
}
