import { memo, useState } from 'react';
import type { StoredClip } from '@/utils/clip-schema';
import { clipEditSchema } from '@/utils/clip-schema';
import { getDb } from '@/utils/db/clip-db';
import { updateClip } from '@/utils/db/clip-store';
import { ZodError } from 'zod';
import { resolveExportOptions } from '@/utils/export/export-options';
import { getProfile } from '@/utils/export/profiles/profiles';
import type { Settings } from '@/utils/settings-schema';
import { exportOptionsFrom } from '@/utils/settings-schema';
import { t } from '@/utils/i18n/t';
import { formatDate } from '../format-date';
import { TagEditor } from '../tag-editor';
import { shownSuggestions } from '../shown-suggestions';
import { ReadingView } from './reading-view';

type Props = {
  clip: StoredClip;
  settings: Settings;
  knownTags: string[];
  tagInputId: string;
  onSaved(message: string): void;
  onError(message: string): void;
};

type Form = Pick<StoredClip, 'title' | 'description' | 'author' | 'tags' | 'draft' | 'featured' | 'markdown'>;

/** Errors of the form by clip field: the clip's own schema, then the export profile's frontmatter schema. */
function validate(clip: StoredClip, form: Form, settings: Settings): Record<string, string> {
  const errors: Record<string, string> = {};
  const edit = clipEditSchema.safeParse(form);
  if (!edit.success) for (const issue of edit.error.issues) errors[String(issue.path[0])] ??= issue.message;
  if (!edit.success) return errors;
  const profile = getProfile(settings.profile);
  try {
    profile.toFrontmatter({ ...clip, ...form }, resolveExportOptions(exportOptionsFrom(settings)));
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    // Frontmatter keys back to the form's fields (AstroPaper `title` → title, Hugo `summary` → description).
    const fieldOf = new Map(Object.entries(profile.fieldKeys).map(([field, key]) => [key, field]));
    for (const issue of error.issues) {
      const key = String(issue.path[0]);
      errors[fieldOf.get(key) ?? key] ??= `${profile.label}: ${issue.message}`;
    }
  }
  return errors;
}

/** The selected clip: frontmatter as a form (validated, with the source of each value), body, preview. */
export const ClipEditor = memo(function ClipEditor({
  clip,
  settings,
  knownTags,
  tagInputId,
  onSaved,
  onError,
}: Props) {
  const initial: Form = {
    title: clip.title,
    description: clip.description,
    author: clip.author,
    tags: clip.tags,
    draft: clip.draft,
    featured: clip.featured,
    markdown: clip.markdown,
  };
  const [form, setForm] = useState<Form>(initial);
  const [view, setView] = useState<'edit' | 'read'>('read');
  const [attempted, setAttempted] = useState(false);
  const errors = validate(clip, form, settings);
  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const source = (field: string) =>
    clip.sources[field] ? <span className="source-note">{t('sourceOf', clip.sources[field])}</span> : null;
  const error = (field: string) =>
    attempted && errors[field] ? (
      <span className="field-error" role="alert" data-testid={`error-${field}`}>
        {errors[field]}
      </span>
    ) : null;

  async function save() {
    setAttempted(true);
    if (Object.keys(errors).length) return;
    const changed = Object.fromEntries(
      (Object.keys(form) as (keyof Form)[])
        .filter((k) => JSON.stringify(form[k]) !== JSON.stringify(initial[k]))
        .map((k) => [k, form[k]]),
    );
    try {
      await updateClip(getDb(), clip.id, changed);
      onSaved(t('savedChanges'));
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <form
      className="clip-editor"
      data-testid="clip-editor"
      aria-label={t('editClip')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        {t('fieldTitle')} {source('title')}
        <input
          value={form.title}
          data-testid="editor-title"
          aria-invalid={Boolean(attempted && errors.title)}
          onChange={(e) => set('title', e.target.value)}
        />
        {error('title')}
      </label>
      <label>
        {t('fieldDescription')} {source('description')}
        <textarea
          rows={3}
          value={form.description}
          data-testid="editor-description"
          onChange={(e) => set('description', e.target.value)}
        />
        {error('description')}
      </label>
      <label>
        {t('fieldAuthor')} {source('author')}
        <input
          value={form.author}
          data-testid="editor-author"
          onChange={(e) => set('author', e.target.value)}
        />
        {error('author')}
      </label>
      <div className="field">
        <span>{t('fieldTags')}</span>
        <TagEditor
          tags={form.tags}
          knownTags={knownTags}
          suggestions={shownSuggestions(clip, form.tags, knownTags, settings)}
          inputId={tagInputId}
          onChange={(tags) => set('tags', tags)}
        />
      </div>
      <div className="flags">
        <label className="inline">
          <input
            type="checkbox"
            checked={form.draft}
            data-testid="editor-draft"
            onChange={(e) => set('draft', e.target.checked)}
          />
          {t('draft')}
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={form.featured}
            onChange={(e) => set('featured', e.target.checked)}
          />
          {t('featured')}
        </label>
      </div>
      <dl className="facts">
        <dt>{t('fieldPublished')}</dt>
        <dd>
          {clip.pubDatetimeIsClipTime ? t('noDateStated') : formatDate(clip.pubDatetime)}{' '}
          {source('pubDatetime')}
        </dd>
        <dt>{t('fieldModified')}</dt>
        <dd>{clip.modDatetime ? formatDate(clip.modDatetime) : '—'}</dd>
        <dt>{t('fieldSource')}</dt>
        <dd>
          <a href={clip.canonicalURL} target="_blank" rel="noreferrer noopener">
            {clip.canonicalURL}
          </a>
        </dd>
        <dt>{t('fieldSlug')}</dt>
        <dd>{clip.slug}</dd>
      </dl>
      <div className="actions">
        <button type="submit" className="primary" data-testid="editor-save" disabled={!dirty}>
          {t('save')}
        </button>
        <button type="button" disabled={!dirty} onClick={() => (setForm(initial), setAttempted(false))}>
          {t('revert')}
        </button>
        <span className="spacer" />
        <div role="tablist" aria-label={t('bodyView')}>
          <button
            type="button"
            role="tab"
            aria-selected={view === 'read'}
            data-testid="view-read"
            onClick={() => setView('read')}
          >
            {t('viewRead')}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={view === 'edit'}
            data-testid="view-edit"
            onClick={() => setView('edit')}
          >
            {t('viewMarkdown')}
          </button>
        </div>
      </div>
      {view === 'edit' ? (
        <textarea
          className="markdown-editor"
          aria-label={t('markdownBody')}
          data-testid="editor-markdown"
          value={form.markdown}
          onChange={(e) => set('markdown', e.target.value)}
        />
      ) : (
        <ReadingView markdown={form.markdown} />
      )}
    </form>
  );
});
