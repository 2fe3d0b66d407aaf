import { useEffect, useState } from 'react';
import { t } from '@/utils/i18n/t';
import { settingsSchema, type Settings } from '@/utils/settings-schema';
import { getSettings, saveSettings } from '@/utils/settings-store';
import { DataManagement } from './data-management';

const PROFILES = [
  ['astro-paper', 'profileAstroPaper'],
  ['obsidian', 'profileObsidian'],
  ['hugo', 'profileHugo'],
  ['jekyll', 'profileJekyll'],
] as const;

/** Settings: what a new clip starts as, how exports are written, and the user's data. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ text: string; isError: boolean }>({ text: '', isError: false });

  useEffect(() => {
    void getSettings().then(setSettings);
  }, []);

  async function update(next: Settings) {
    setSettings(next);
    const valid = settingsSchema.safeParse(next);
    if (!valid.success) {
      setStatus({ text: valid.error.issues[0]?.message ?? 'invalid', isError: true });
      return;
    }
    try {
      await saveSettings(valid.data);
      setStatus({ text: t('settingsSaved'), isError: false });
    } catch (error) {
      setStatus({ text: String(error), isError: true });
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
      <label>
        {t('settingProfile')}
        <select
          value={settings.profile}
          data-testid="profile"
          onChange={(e) => void update({ ...settings, profile: e.target.value as Settings['profile'] })}
        >
          {PROFILES.map(([id, label]) => (
            <option key={id} value={id}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={settings.attribution}
          data-testid="attribution"
          onChange={(e) => void update({ ...settings, attribution: e.target.checked })}
        />
        {t('settingAttribution')}
      </label>
      <label>
        {t('settingAttributionTemplate')}
        <input
          value={settings.attributionTemplate}
          disabled={!settings.attribution}
          onChange={(e) => void update({ ...settings, attributionTemplate: e.target.value })}
        />
      </label>
      <p>{t('settingShortcut')}</p>
      <p role="status" className={status.isError ? 'status error' : 'status ok'}>
        {status.text}
      </p>
      <DataManagement onMessage={(text, isError = false) => setStatus({ text, isError })} />
    </main>
  );
}
