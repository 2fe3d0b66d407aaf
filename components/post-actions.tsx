import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredClip } from '@/utils/clip-schema';
import { getDb } from '@/utils/db/clip-db';
import { loadUpdateLines } from '@/utils/db/load-update-lines';
import { downloadFile } from '@/utils/export/download';
import { postFilename, renderPost } from '@/utils/export/render-post';
import { t } from '@/utils/i18n/t';
import type { Settings } from '@/utils/settings-schema';
import { exportOptionsFrom } from '@/utils/settings-schema';

type Props = {
  clip: StoredClip;
  settings: Settings;
  onMessage(message: string, isError?: boolean): void;
  /** Download as the main action (the popup); the library's main action is Save. */
  primary?: boolean;
};

/**
 * Download the clip as its .md file, or copy that file's text: the exact post the export would write
 * (the user's profile and source line), for one clip without a one-file zip. In the popup and the library.
 */
export function PostActions({ clip, settings, onMessage, primary = false }: Props) {
  // The story's changes, read only when the export adds the "Updates" note.
  // Keyed by the fields an update line compares, not by the object (the library makes it anew each render).
  const { id, title, description, author, pubDatetime, markdown } = clip;
  const updates = useLiveQuery(async () => {
    if (!settings.updatesNote) return undefined;
    const current = { ...clip, title, description, author, pubDatetime, markdown };
    return (await loadUpdateLines(getDb(), [current])).get(id);
  }, [settings.updatesNote, id, title, description, author, pubDatetime, markdown]);
  const post = () => {
    const options = exportOptionsFrom(settings);
    return { text: renderPost({ ...clip, updates }, options), filename: postFilename(clip, options) };
  };
  async function download() {
    const { text, filename } = post();
    try {
      await downloadFile(filename, text, 'text/markdown;charset=utf-8');
      onMessage(t('exportedFile', filename));
    } catch (error) {
      onMessage(t('exportFailed', String(error)), true);
    }
  }
  async function copy() {
    try {
      await navigator.clipboard.writeText(post().text);
      onMessage(t('copied'));
    } catch (error) {
      onMessage(t('copyFailed', String(error)), true);
    }
  }
  return (
    <>
      <button
        type="button"
        className={primary ? 'primary' : undefined}
        data-testid="export-md"
        onClick={() => void download()}
      >
        {t('exportMd')}
      </button>
      <button type="button" data-testid="copy-md" onClick={() => void copy()}>
        {t('copy')}
      </button>
    </>
  );
}
