import { useEffect, useState } from 'react';
import type { Settings } from '@/utils/settings-schema';
import { getSettings, saveSettings } from '@/utils/settings-store';
import { t } from '@/utils/i18n/t';

/** Settings: what a new clip starts as. Saved as soon as a field changes. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void getSettings().then(setSettings);
  }, []);

  async function update(next: Settings) {
    setSettings(next);
    try {
      await saveSettings(next);
      setStatus(t('settingsSaved'));
    } catch (error) {
      setStatus(`Could not save: ${String(error)}`);
    }
  }

  if (!settings) return null;
  return (
    <main className="popup options">
      <h1>{t('settingsTitle')}</h1>
      <label className="inline">
        <input
          type="checkbox"
          checked={settings.draftDefault}
          data-testid="draft-default"
          onChange={(e) => void update({ ...settings, draftDefault: e.target.checked })}
        />
        {t('settingDraftDefault')}
      </label>
      <label>
        {t('settingDefaultAuthor')}
        <input
          value={settings.defaultAuthor}
          data-testid="default-author"
          onChange={(e) => void update({ ...settings, defaultAuthor: e.target.value })}
        />
      </label>
      <p>{t('settingShortcut')}</p>
      <p role="status">{status}</p>
    </main>
  );
}
