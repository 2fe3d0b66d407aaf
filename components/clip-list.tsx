import type { StoredSummary } from '@/utils/clip-schema';
import { formatDay, siteLabel } from './format-date';
import { usePaintMark } from './use-paint-mark';
import { t } from '@/utils/i18n/t';
import { publishedDay } from '@/utils/published-day';

type Props = { clips: StoredSummary[]; selectedId: number | null; onSelect(id: number): void };

/** The clips, newest first: title, site, published date, tags. */
export function ClipList({ clips, selectedId, onSelect }: Props) {
  usePaintMark('newsclip:list-painted', true);
  if (clips.length === 0) return <p className="empty">{t('noClips')}</p>;
  return (
    <ul className="clip-list" aria-label={t('clipsLabel')} data-testid="clip-list">
      {clips.map((clip) => (
        <li key={clip.id}>
          <button
            type="button"
            className="clip-row"
            aria-current={clip.id === selectedId}
            data-testid="clip-row"
            onClick={() => onSelect(clip.id)}
          >
            <span className="clip-title">{clip.title}</span>
            <span className="clip-meta">
              {siteLabel(clip)} · {clip.pubDatetimeIsClipTime ? t('noDate') : formatDay(publishedDay(clip))}
              {clip.draft ? ` · ${t('draft')}` : ''}
            </span>
            {clip.tags.length > 0 && (
              <span className="clip-tags">
                {clip.tags.map((t) => (
                  <span key={t} className="tag">
                    #{t}
                  </span>
                ))}
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
