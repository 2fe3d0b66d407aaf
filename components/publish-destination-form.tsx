import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { profileIdSchema, type ProfileId } from '@/utils/export/export-options';
import { t } from '@/utils/i18n/t';
import { defaultContentFolder } from '@/utils/publish/default-content-folder';
import { destinationOrigin } from '@/utils/publish/destination-origin';
import { publishDestinationSchema } from '@/utils/publish/publish-destination';
import { publishStore } from '@/utils/publish/publish-store';
import { PROFILES } from './profile-options';

type Form = {
  url: string;
  branch: string;
  folder: string;
  profile: ProfileId;
  authorName: string;
  authorEmail: string;
};

const EMPTY: Form = {
  url: '',
  branch: 'main',
  folder: defaultContentFolder('astro-paper'),
  profile: 'astro-paper',
  authorName: '',
  authorEmail: '',
};

/** The field names of the destination schema, as the user reads them. */
const FIELD_LABELS: Record<keyof Form, Parameters<typeof t>[0]> = {
  url: 'publishUrl',
  branch: 'publishBranch',
  folder: 'publishFolder',
  profile: 'publishProfile',
  authorName: 'publishAuthorName',
  authorEmail: 'publishAuthorEmail',
};

type Props = { onMessage(text: string, isError?: boolean): void };

/**
 * Where "Publish" in the library commits posts. Saved with a button, not per keystroke: saving asks for
 * the access to the remote's one origin, which the browser grants only in a click's handler.
 */
export function PublishDestinationForm({ onMessage }: Props) {
  const [form, setForm] = useState<Form>(EMPTY);
  // The folder follows the profile until the user types one of their own.
  const [folderEdited, setFolderEdited] = useState(false);
  const [token, setToken] = useState('');
  const [hasToken, setHasToken] = useState(false);

  useEffect(() => {
    void Promise.all([publishStore.destination(), publishStore.hasToken()]).then(([saved, stored]) => {
      setHasToken(stored);
      if (!saved) return;
      setForm(saved);
      setFolderEdited(saved.folder !== defaultContentFolder(saved.profile));
    });
  }, []);

  const field = (key: Exclude<keyof Form, 'profile'>, type = 'text') => (
    <label>
      {t(FIELD_LABELS[key])}
      <input
        type={type}
        value={form[key]}
        data-testid={`publish-${key}`}
        onChange={(e) => {
          if (key === 'folder') setFolderEdited(true);
          setForm({ ...form, [key]: e.target.value });
        }}
      />
    </label>
  );

  async function save() {
    const parsed = publishDestinationSchema.safeParse(form);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const key = issue?.path[0] as keyof Form | undefined;
      const label = key && key in FIELD_LABELS ? t(FIELD_LABELS[key]) : '';
      onMessage(t('publishInvalid', label, issue?.message ?? ''), true);
      return;
    }
    if (!token && !hasToken) {
      onMessage(t('publishTokenMissing'), true);
      return;
    }
    // First, before any other await: the browser grants a permission only while the click is fresh.
    const origins = [destinationOrigin(parsed.data.url)];
    const granted = await browser.permissions.request({ origins }).catch(() => false);
    if (!granted) {
      onMessage(t('publishAccessDenied', new URL(parsed.data.url).host), true);
      return;
    }
    try {
      await publishStore.save(parsed.data, token);
      setForm(parsed.data);
      setToken('');
      setHasToken(true);
      onMessage(t('publishSaved'));
    } catch (error) {
      onMessage(error instanceof Error ? error.message : String(error), true);
    }
  }

  return (
    <section className="publish-destination" data-testid="publish-destination">
      <h2>{t('publishDestinationTitle')}</h2>
      <p>{t('publishDestinationHelp')}</p>
      {field('url', 'url')}
      {field('branch')}
      <label>
        {t('publishProfile')}
        <select
          value={form.profile}
          data-testid="publish-profile"
          onChange={(e) => {
            const profile = profileIdSchema.parse(e.target.value);
            setForm({ ...form, profile, folder: folderEdited ? form.folder : defaultContentFolder(profile) });
          }}
        >
          {PROFILES.map(([id, label]) => (
            <option key={id} value={id}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      {field('folder')}
      {field('authorName')}
      {field('authorEmail', 'email')}
      <label>
        {t('publishToken')}
        <input
          type="password"
          autoComplete="off"
          value={token}
          placeholder={hasToken ? t('publishTokenKept') : ''}
          data-testid="publish-token"
          onChange={(e) => setToken(e.target.value)}
        />
      </label>
      <small>{t('publishTokenHelp')}</small>
      <button type="button" className="primary" data-testid="publish-save" onClick={() => void save()}>
        {t('publishSave')}
      </button>
    </section>
  );
}
