import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { getDb } from '@/utils/db/clip-db';
import { getClip } from '@/utils/db/clip-store';
import { planExport } from '@/utils/export/export-files';
import { exportOptionsSchema } from '@/utils/export/export-options';
import { renderResolvedPost } from '@/utils/export/render-post';
import { t } from '@/utils/i18n/t';
import { exportOptionsFrom, type Settings } from '@/utils/settings-schema';
import type { UserTemplate } from '@/utils/templates/user-template';

/** Clips offered for the preview: the newest ones are the ones a user has in mind. */
const CHOICES = 30;

/**
 * The post and file name a template gives for a stored clip the user picks, as the export would write
 * them (their other export settings included), updated as they type. Only shown for a valid template.
 */
export function TemplatePreview({
  template,
  settings,
}: {
  template: UserTemplate | null;
  settings: Settings;
}) {
  const selectId = useId();
  const db = getDb();
  const clips = useLiveQuery(() => db.clips.reverse().limit(CHOICES).toArray(), []);
  const [chosen, setChosen] = useState<number | null>(null);
  const id = chosen ?? clips?.[0]?.id ?? null;
  const clip = useLiveQuery(async () => (id === null ? null : ((await getClip(db, id)) ?? null)), [id]);

  if (clips && clips.length === 0) return <p data-testid="tpl-preview-empty">{t('tplPreviewNoClips')}</p>;
  let post = '';
  let filename = '';
  // The other settings as typed may be invalid for a moment (a half-typed source line): no preview then,
  // rather than an error that takes the whole page down. The general file-name pattern doesn't apply.
  const options = exportOptionsSchema.safeParse({
    ...exportOptionsFrom(settings),
    filenamePattern: '',
    profile: 'template',
    template,
  });
  if (clip && template && options.success) {
    post = renderResolvedPost(clip, options.data);
    // The path inside an export zip: the pattern's folders show too.
    filename = planExport([clip], options.data)[0]?.path ?? '';
  }
  return (
    <div className="template-preview">
      <label htmlFor={selectId}>{t('tplPreviewClip')}</label>
      <select
        id={selectId}
        value={id ?? ''}
        data-testid="tpl-preview-clip"
        onChange={(e) => setChosen(Number(e.target.value))}
      >
        {(clips ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
      <h3>{t('tplPreview')}</h3>
      <p>
        <code data-testid="tpl-preview-filename">{filename}</code>
      </p>
      <pre className="template-preview-post" data-testid="tpl-preview">
        {post}
      </pre>
    </div>
  );
}
