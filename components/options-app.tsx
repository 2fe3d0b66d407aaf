import { useEffect, useRef, useState } from 'react';
import { ALL_SITES } from '@/utils/capture/all-sites';
import { browser } from 'wxt/browser';
import { filenamePatternProblem } from '@/utils/export/filename-pattern';
import { t } from '@/utils/i18n/t';
import { settingsSchema, tagModeSchema, type Settings } from '@/utils/settings-schema';
import { getSettings, saveSettings } from '@/utils/settings-store';
import { DataManagement } from './data-management';
import { FilenamePatternField, patternProblemText } from './filename-pattern-field';
import { PROFILES } from './profile-options';
import { PublishDestinationForm } from './publish-destination-form';
import { TemplateEditor } from './template-editor';

const TAG_MODES = [
  ['suggest', 'tagModeSuggest'],
  ['apply', 'tagModeApply'],
  ['off', 'tagModeOff'],
] as const;

/** Every http(s) site: a clip's images can be on any host (the manifest lists these as optional). */
const IMAGE_ORIGINS = ALL_SITES;

/** Settings: what a new clip starts as, how exports are written, and the user's data. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ text: string; isError: boolean }>({ text: '', isError: false });

  // Typing fires a save per keystroke: only the newest edit may set the status, or a slow "Saved"
  // could replace the error of the edit after it.
  const latestEdit = useRef(0);

  useEffect(() => {
    void getSettings().then(setSettings);
  }, []);

  async function update(next: Settings) {
    const edit = ++latestEdit.current;
    setSettings(next);
    const valid = settingsSchema.safeParse(next);
    if (!valid.success) {
      // Not saved until it is valid; the pattern's problem is also shown under its field.
      const problem = filenamePatternProblem(next.filenamePattern);
      const text = problem ? patternProblemText(problem) : valid.error.issues[0]?.message;
      setStatus({ text: text ?? 'invalid', isError: true });
      return;
    }
    try {
      await saveSettings(valid.data);
      if (edit === latestEdit.current) setStatus({ text: t('settingsSaved'), isError: false });
    } catch (error) {
      if (edit === latestEdit.current) setStatus({ text: String(error), isError: true });
    }
  }

  /**
   * Host access is asked for here, in the click handler (a user gesture, which the browser requires), and
   * the option is only turned on if it was granted; turning it off gives the access back.
   */
  async function toggleSaveImages(current: Settings, on: boolean) {
    const origins = { origins: IMAGE_ORIGINS };
    if (!on) {
      await update({ ...current, saveImages: false });
      await browser.permissions.remove(origins).catch(() => false);
      return;
    }
    const granted = await browser.permissions.request(origins).catch(() => false);
    if (granted) await update({ ...current, saveImages: true });
    else setStatus({ text: t('saveImagesDenied'), isError: true });
  }

  if (!settings) return null;
  return (
    <main className="popup options">
      <h1>{t('settingsTitle')}</h1>
      <p>
        <a href={browser.runtime.getURL('/library.html')} data-testid="options-open-library">
          {t('openLibrary')}
        </a>
      </p>
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
        {t('settingTagMode')}
        <select
          value={settings.tagMode}
          data-testid="tag-mode"
          onChange={(e) => void update({ ...settings, tagMode: tagModeSchema.parse(e.target.value) })}
        >
          {TAG_MODES.map(([id, label]) => (
            <option key={id} value={id}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('settingApplyTagCount')}
        <input
          type="number"
          min={1}
          max={10}
          value={settings.applyTagCount}
          disabled={settings.tagMode !== 'apply'}
          data-testid="apply-tag-count"
          onChange={(e) => void update({ ...settings, applyTagCount: e.target.valueAsNumber })}
        />
      </label>
      <label>
        {t('settingBatchConcurrency')}
        <input
          type="number"
          min={1}
          max={4}
          value={settings.batchConcurrency}
          data-testid="batch-concurrency"
          onChange={(e) => void update({ ...settings, batchConcurrency: e.target.valueAsNumber })}
        />
      </label>
      <label>
        {t('settingBatchTimeout')}
        <input
          type="number"
          min={5}
          max={120}
          value={settings.batchLoadTimeout}
          data-testid="batch-timeout"
          onChange={(e) => void update({ ...settings, batchLoadTimeout: e.target.valueAsNumber })}
        />
      </label>
      <label>
        {t('settingDiscardedTabs')}
        <select
          value={settings.discardedTabs}
          data-testid="discarded-tabs"
          onChange={(e) =>
            void update({ ...settings, discardedTabs: e.target.value === 'skip' ? 'skip' : 'reload' })
          }
        >
          <option value="reload">{t('discardedReload')}</option>
          <option value="skip">{t('discardedSkip')}</option>
        </select>
      </label>
      <label>
        {t('settingVersionLimit')}
        <input
          type="number"
          min={1}
          max={200}
          value={settings.versionLimit}
          data-testid="version-limit"
          onChange={(e) => void update({ ...settings, versionLimit: e.target.valueAsNumber })}
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
      {/* A user template names its files itself (its own file-name field, below). */}
      {settings.profile !== 'template' && (
        <FilenamePatternField
          value={settings.filenamePattern}
          profile={settings.profile}
          onChange={(filenamePattern) => void update({ ...settings, filenamePattern })}
        />
      )}
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
      <label className="inline">
        <input
          type="checkbox"
          checked={settings.updatesNote}
          data-testid="updates-note"
          onChange={(e) => void update({ ...settings, updatesNote: e.target.checked })}
        />
        {t('settingUpdatesNote')}
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={settings.saveImages}
          data-testid="save-images"
          onChange={(e) => void toggleSaveImages(settings, e.target.checked)}
        />
        {t('settingSaveImages')}
      </label>
      {/* Each browser keeps its shortcut settings elsewhere: send Firefox users to theirs. */}
      <p>{t(import.meta.env.FIREFOX ? 'settingShortcutFirefox' : 'settingShortcut')}</p>
      {/* The stores treat page content as user data: say where it stays, and link the whole policy (PRIVACY.md,
          shipped as a page of the extension by the build; a path, as WXT's typed getURL knows only public/). */}
      <p data-testid="privacy">
        {t('settingsPrivacy')}{' '}
        <a href="/privacy.html" target="_blank" rel="noreferrer">
          {t('settingsPrivacyLink')}
        </a>
      </p>
      <p role="status" className={status.isError ? 'status error' : 'status ok'}>
        {status.text}
      </p>
      <TemplateEditor
        settings={settings}
        onSave={(template) => update({ ...settings, template })}
        onMessage={(text, isError = false) => setStatus({ text, isError })}
      />
      <PublishDestinationForm onMessage={(text, isError = false) => setStatus({ text, isError })} />
      <DataManagement onMessage={(text, isError = false) => setStatus({ text, isError })} />
    </main>
  );
}
