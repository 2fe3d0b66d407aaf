import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useState } from 'react';
import type { ClipDatabase } from '@/utils/db/clip-db';
import type { StoredClip } from '@/utils/clip-schema';
import type { Settings } from '@/utils/settings-schema';
import { t, type MessageKey } from '@/utils/i18n/t';
import { TagEditor } from '../tag-editor';
import { shownSuggestions } from '../shown-suggestions';
import { PostActions } from '../post-actions';
import { BodyViewTabs, type BodyView } from './body-view-tabs';
import { DateFields } from './date-fields';
import { ReadingView } from './reading-view';
import { useAutosaveForm } from './use-autosave-form';
import { useFieldClashes } from './use-field-clashes';
import { AuthorsField } from './authors-field';
import { VersionsPanel } from './versions-panel';
import { CiteMenu } from './cite-menu';
import { cslItem } from '@/utils/cite/csl-item';
import { currentClippedAt } from '@/utils/db/clip-versions';

type Props = {
  db: ClipDatabase;
  clip: StoredClip;
  settings: Settings;
  knownTags: string[];
  tagInputId: string;
  onSaved(message: string): void;
  onError(message: string): void;
  /** A version was restored: say so, with its undo. */
  onRestored(text: string, undo: () => void): void;
  /** "Check for changes" on this clip. */
  onCheck(id: number): void;
};

const STATUS_TEXT: Record<string, MessageKey | null> = {
  idle: null,
  saving: 'autosaveSaving',
  saved: 'autosaveSaved',
  failed: 'autosaveFailed',
  pending: 'autosavePending',
  invalid: 'autosaveInvalid',
};

/**
 * The selected clip: frontmatter as a form (validated, with the source of each value), body, preview. It
 * saves itself (use-autosave-form.ts): no edit is lost by opening another clip or leaving the library.
 */
export const ClipEditor = memo(function ClipEditor({
  db,
  clip,
  settings,
  knownTags,
  tagInputId,
  onSaved,
  onError,
  onRestored,
  onCheck,
}: Props) {
  const [clashFields, setClashFields] = useState<Pick<StoredClip, 'slug' | 'canonicalURL'>>(clip);
  const clashes = useFieldClashes(db, clip, clashFields);
  const { form, set, errors, showErrors, status, saveNow, undo } = useAutosaveForm(
    clip,
    settings,
    onSaved,
    onError,
    clashes,
  );
  if (form.slug !== clashFields.slug || form.canonicalURL !== clashFields.canonicalURL)
    setClashFields({ slug: form.slug, canonicalURL: form.canonicalURL });
  const [view, setView] = useState<BodyView>('read');
  const versionCount = useLiveQuery(() => db.versions.where('clipId').equals(clip.id).count(), [db, clip.id]);
  const statusText = STATUS_TEXT[status];
  // The page stated no date (the clip time stands in) and the user has given none.
  const undated = clip.pubDatetimeIsClipTime && form.pubDatetime === clip.pubDatetime;
  // Where a value came from, while it is still that value: not once the user has changed it.
  const source = (field: string) =>
    clip.sources[field] &&
    !(clip.edited as readonly string[]).includes(field) &&
    (!(field in form) ||
      JSON.stringify(form[field as keyof typeof form]) ===
        JSON.stringify(clip[field as keyof StoredClip])) ? (
      <span className="source-note">{t('sourceOf', clip.sources[field])}</span>
    ) : null;
  const error = (field: string) =>
    showErrors && errors[field] ? (
      <span className="field-error" role="alert" data-testid={`error-${field}`}>
        {errors[field]}
      </span>
    ) : null;

  return (
    <form
      className="clip-editor"
      data-testid="clip-editor"
      aria-label={t('editClip')}
      onSubmit={(e) => {
        e.preventDefault();
        saveNow();
      }}
    >
      <label>
        {t('fieldTitle')} {source('title')}
        <input
          value={form.title}
          data-testid="editor-title"
          aria-invalid={Boolean(showErrors && errors.title)}
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
      <AuthorsField author={form.author} onChange={(a) => set('author', a)} source={source('author')} />
      {error('author')}
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
      <DateFields
        pubDatetime={form.pubDatetime}
        modDatetime={form.modDatetime}
        undated={undated}
        set={set}
        source={source}
        error={error}
      />
      <label>
        {t('fieldSlug')} <span className="source-note">{t('slugHint')}</span>
        <input
          value={form.slug}
          data-testid="editor-slug"
          aria-invalid={Boolean(showErrors && errors.slug)}
          onChange={(e) => set('slug', e.target.value)}
        />
        {error('slug')}
      </label>
      <label>
        {t('fieldCanonical')} {source('canonicalURL')}{' '}
        <a href={clip.canonicalURL} target="_blank" rel="noreferrer noopener" className="source-note">
          {t('fieldSource')} ↗
        </a>
        <input
          type="url"
          value={form.canonicalURL}
          data-testid="editor-canonical"
          title={t('canonicalHint')}
          aria-invalid={Boolean(showErrors && errors.canonicalURL)}
          onChange={(e) => set('canonicalURL', e.target.value.trim())}
        />
        {error('canonicalURL')}
      </label>
      <label>
        {t('fieldOgImage')} {source('ogImage')}
        <input
          type="url"
          value={form.ogImage ?? ''}
          data-testid="editor-ogimage"
          aria-invalid={Boolean(showErrors && errors.ogImage)}
          onChange={(e) => set('ogImage', e.target.value.trim() || null)}
        />
        {error('ogImage')}
      </label>
      <div className="actions">
        <button type="submit" className="primary" data-testid="editor-save">
          {t('save')}
        </button>
        <button type="button" data-testid="editor-undo" disabled={!undo} onClick={() => undo?.()}>
          {t('undoEdits')}
        </button>
        <PostActions
          // What the form shows, edits not saved yet included.
          clip={{ ...clip, ...form }}
          settings={settings}
          onMessage={(m, isError) => (isError ? onError : onSaved)(m)}
        />
        <CiteMenu
          items={async () => [cslItem({ ...clip, ...form }, await currentClippedAt(db, clip))]}
          onMessage={(m, isError) => (isError ? onError : onSaved)(m)}
        />
        <span className={`autosave ${status}`} role="status" data-testid="autosave-status">
          {statusText ? t(statusText) : ''}
        </span>
        <span className="spacer" />
        <BodyViewTabs view={view} versionCount={versionCount} onView={setView} />
      </div>
      {view === 'versions' ? (
        <VersionsPanel
          db={db}
          clip={clip}
          versionLimit={settings.versionLimit}
          hasUnsaved={status === 'pending' || status === 'saving' || status === 'invalid'}
          onRestored={onRestored}
          onError={onError}
          onMessage={(m, isError) => (isError ? onError : onSaved)(m)}
          onCheck={() => onCheck(clip.id)}
        />
      ) : view === 'edit' ? (
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
