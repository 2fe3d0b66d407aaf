import { useEffect, useMemo, useRef, useState } from 'react';
import type { ClipEdit, StoredClip } from '@/utils/clip-schema';
import { sendMessage } from '@/utils/messaging';
import { renderPost } from '@/utils/export/render-post';
import { exportOptionsFrom } from '@/utils/settings-schema';
import { formatDay, siteLabel } from './format-date';
import { useSettings } from './use-settings';
import { PostActions } from './post-actions';
import { TagEditor } from './tag-editor';
import { useSavingTags } from './use-saving-tags';
import { shownSuggestions } from './shown-suggestions';
import { t } from '@/utils/i18n/t';
import { publishedDay } from '@/utils/published-day';
import { recentTags } from '@/utils/tags/recent-tags';

type Props = {
  clip: StoredClip;
  /** The user's tags; undefined while they are read (suggestions wait: they are ranked by them). */
  knownTags: string[] | undefined;
  /** The tags of the newest clips, newest first; undefined while they are read. */
  recentTags?: string[][];
  onClose(): void;
  onDelete(clip: StoredClip): void;
  onMessage(message: string, isError?: boolean): void;
};

/** Quiet time after a keystroke before the field saves itself. */
const TYPING_PAUSE_MS = 400;
/** The post preview shows this many characters of the file at most. */
const PREVIEW_CHARS = 20_000;
/** At most this many recent-tag chips: any other tag is in the typeahead. */
const RECENT_SHOWN = 5;

/** One clip: its frontmatter fields (editable: title, description, tags, draft), Markdown, and actions. */
export function ClipDetail({ clip, knownTags, recentTags: newest, onClose, onDelete, onMessage }: Props) {
  const [title, setTitle] = useState(clip.title);
  const [description, setDescription] = useState(clip.description);
  // Tag edits save at once; quick ones (two clicks on suggestions, removals in a row) all count.
  const [tags, changeTags] = useSavingTags(clip.tags, (next) => save({ tags: next }));
  const settings = useSettings();
  // The preview is the exact file that Export and Copy produce, with the user's profile and source line.
  const options = useMemo(() => exportOptionsFrom(settings), [settings]);
  const post = useMemo(() => renderPost(clip, options), [clip, options]);
  // A long transcript is megabytes: laid out whole, the popup takes seconds to show the form. The popup
  // shows the file's beginning, exactly, and says how much more the file holds.
  const shown = post.length > PREVIEW_CHARS ? post.slice(0, PREVIEW_CHARS) : post;
  // Shown once ranked: a chip moving as the user's tags arrive could take a click meant for another.
  const suggestions = knownTags ? shownSuggestions(clip, tags, knownTags, settings) : [];
  const recent = knownTags && newest ? recentTags(newest, [...tags, ...suggestions], RECENT_SHOWN) : [];

  // The worker writes the edit: the message leaves in the same task as the keystroke or click, so a popup
  // closed right after (a click outside it) loses nothing, where its own IndexedDB write would be aborted.
  async function save(edit: Partial<ClipEdit>): Promise<boolean> {
    try {
      await sendMessage('updateClip', { id: clip.id, edit });
      return true;
    } catch (error) {
      onMessage(error instanceof Error ? error.message : String(error), true);
      return false;
    }
  }
  // Typing saves itself after a short pause, not only on blur: a popup closed mid-edit (a click outside)
  // gets no blur. An empty title waits for the blur, where it is refused with the reason.
  const pause = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  // What the pause still holds is sent as the page goes away (popup closed, side panel closed).
  const pending = useRef<Partial<Record<'title' | 'description', string>>>({});
  useEffect(() => {
    const flush = () => {
      for (const [field, value] of Object.entries(pending.current)) {
        clearTimeout(pause.current[field]);
        void save({ [field]: value });
      }
      pending.current = {};
    };
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  });
  // The form replaces what had focus (the list's row, or nothing after a clip): the title, the field a
  // user most often fixes, takes it, so the keyboard carries on in the form instead of from the page's top.
  const titleField = useRef<HTMLInputElement>(null);
  useEffect(() => titleField.current?.focus({ preventScroll: true }), []);
  const saveSoon = (field: 'title' | 'description', value: string) => {
    clearTimeout(pause.current[field]);
    if (field === 'title' && !value.trim()) return;
    pending.current[field] = value;
    pause.current[field] = setTimeout(() => {
      delete pending.current[field];
      void save({ [field]: value });
    }, TYPING_PAUSE_MS);
  };

  return (
    <article className="clip-detail" data-testid="clip-detail">
      <header>
        <button type="button" onClick={onClose} aria-label={t('backToList')}>
          {t('back')}
        </button>
        <a href={clip.canonicalURL} target="_blank" rel="noreferrer noopener" className="source">
          {siteLabel(clip)}
        </a>
      </header>
      <label>
        {t('fieldTitle')}
        <input
          ref={titleField}
          value={title}
          data-testid="edit-title"
          onChange={(e) => (setTitle(e.target.value), saveSoon('title', e.target.value))}
          onBlur={() => title !== clip.title && void save({ title })}
        />
      </label>
      <label>
        {t('fieldDescription')}
        <textarea
          rows={3}
          value={description}
          data-testid="edit-description"
          onChange={(e) => (setDescription(e.target.value), saveSoon('description', e.target.value))}
          onBlur={() => description !== clip.description && void save({ description })}
        />
      </label>
      <div className="field">
        <span>{t('fieldTags')}</span>
        <TagEditor
          tags={tags}
          saved={clip.tags}
          knownTags={knownTags ?? []}
          suggestions={suggestions}
          recent={recent}
          onChange={changeTags}
        />
      </div>
      <label className="inline">
        <input
          type="checkbox"
          checked={clip.draft}
          data-testid="edit-draft"
          onChange={(e) => void save({ draft: e.target.checked })}
        />
        {t('draft')}
      </label>
      <dl className="facts">
        <dt>{t('fieldAuthor')}</dt>
        <dd>{clip.author || '—'}</dd>
        <dt>{t('fieldPublished')}</dt>
        <dd>{clip.pubDatetimeIsClipTime ? t('noDateStated') : formatDay(publishedDay(clip))}</dd>
        <dt>{t('fieldSlug')}</dt>
        <dd>{clip.slug}</dd>
      </dl>
      <div className="actions">
        <PostActions clip={clip} settings={settings} onMessage={onMessage} primary />
        <button type="button" className="danger" data-testid="delete-clip" onClick={() => onDelete(clip)}>
          {t('delete')}
        </button>
      </div>
      <pre className="markdown" data-testid="post-preview" tabIndex={0}>
        {shown}
      </pre>
      {shown !== post && (
        <p className="muted" data-testid="preview-cut">
          {t('previewCut', (post.length - shown.length).toLocaleString())}
        </p>
      )}
    </article>
  );
}
