import { useEffect, useState } from 'react';
import type { Settings } from '@/utils/settings-schema';
import { getSettings, saveSettings } from '@/utils/settings-store';

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
      setStatus('Saved');
    } catch (error) {
      setStatus(`Could not save: ${String(error)}`);
    }
  }

  if (!settings) return null;
  return (
    <main className="popup options">
      <h1>Newsclip settings</h1>
      <label className="inline">
        <input
          type="checkbox"
          checked={settings.draftDefault}
          data-testid="draft-default"
          onChange={(e) => void update({ ...settings, draftDefault: e.target.checked })}
        />
        New clips are drafts (<code>draft: true</code>)
      </label>
      <label>
        Default author (used when a page names none)
        <input
          value={settings.defaultAuthor}
          data-testid="default-author"
          onChange={(e) => void update({ ...settings, defaultAuthor: e.target.value })}
        />
      </label>
      <p>
        Keyboard shortcut: <kbd>Alt+Shift+K</kbd> clips the current page. Change it at{' '}
        <code>chrome://extensions/shortcuts</code>.
      </p>
      <p role="status">{status}</p>
    </main>
  );
}
