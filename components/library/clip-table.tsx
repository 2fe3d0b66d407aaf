import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, memo, useEffect, useImperativeHandle, useRef } from 'react';
import type { StoredSummary } from '@/utils/clip-schema';
import { t } from '@/utils/i18n/t';
import { formatDay, siteLabel } from '../format-date';
import { Highlighted } from './highlighted';
import { usePaintMark } from '../use-paint-mark';
import { publishedDay } from '@/utils/published-day';

type Props = {
  clips: StoredSummary[];
  query: string;
  cursor: number;
  selected: ReadonlySet<number>;
  activeId: number | null;
  onCursor(index: number): void;
  onToggle(index: number, shift: boolean): void;
  onOpen(id: number): void;
  onKey(event: React.KeyboardEvent): void;
};

export type ClipTableHandle = { focus(): void };

// Four lines: title, site and date, description, tags.
const ROW_HEIGHT = 88;

/**
 * The clip list, virtualized: only the rows in view are in the DOM, so 10,000 clips scroll smoothly.
 * Memoized: typing in the search box re-renders it once, when the results arrive (`query` is the query
 * the clips answer, for highlighting).
 */
export const ClipTable = memo(
  forwardRef<ClipTableHandle, Props>(function ClipTable(
    { clips, query, cursor, selected, activeId, onCursor, onToggle, onOpen, onKey },
    ref,
  ) {
    const scroller = useRef<HTMLDivElement>(null);
    useImperativeHandle(ref, () => ({ focus: () => scroller.current?.focus() }), []);
    const virtualizer = useVirtualizer({
      count: clips.length,
      getScrollElement: () => scroller.current,
      estimateSize: () => ROW_HEIGHT,
      overscan: 8,
    });

    usePaintMark('newsclip:rows-painted', clips.length > 0);
    useEffect(() => {
      if (cursor >= 0 && cursor < clips.length) virtualizer.scrollToIndex(cursor, { align: 'auto' });
    }, [cursor, clips.length, virtualizer]);

    if (clips.length === 0) return <p className="empty">{t('noClips')}</p>;
    const active = clips[cursor];
    return (
      <div
        ref={scroller}
        className="clip-table"
        role="listbox"
        aria-multiselectable="true"
        aria-label={t('clipsLabel')}
        aria-activedescendant={active ? `clip-${active.id}` : undefined}
        tabIndex={0}
        data-testid="clip-table"
        onKeyDown={onKey}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const clip = clips[row.index]!;
            return (
              <div
                key={clip.id}
                id={`clip-${clip.id}`}
                role="option"
                aria-selected={selected.has(clip.id)}
                className={`table-row${row.index === cursor ? ' cursor' : ''}${clip.id === activeId ? ' open' : ''}`}
                data-testid="library-row"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${row.start}px)`,
                }}
                onClick={(e) => {
                  onCursor(row.index);
                  if (e.shiftKey) onToggle(row.index, true);
                  else onOpen(clip.id);
                }}
              >
                <input
                  type="checkbox"
                  tabIndex={-1}
                  aria-label={t('selectClip', clip.title)}
                  checked={selected.has(clip.id)}
                  onClick={(e) => {
                    e.stopPropagation();
                    onCursor(row.index);
                    onToggle(row.index, e.shiftKey);
                  }}
                  onChange={() => undefined}
                />
                <div className="row-text">
                  <span className="clip-title">
                    <Highlighted text={clip.title} query={query} />
                  </span>
                  <span className="clip-meta">
                    {siteLabel(clip)} ·{' '}
                    {clip.pubDatetimeIsClipTime ? t('noDate') : formatDay(publishedDay(clip))}
                    {clip.draft ? ` · ${t('draft')}` : ''}
                    {clip.featured ? ` · ${t('featured')}` : ''}
                  </span>
                  <span className="clip-meta description">
                    <Highlighted text={clip.description} query={query} />
                  </span>
                  {/* On a line of their own: beside the title they took half a 1280 px row. */}
                  {clip.tags.length > 0 && (
                    <span className="clip-tags">
                      {clip.tags.map((tag) => (
                        <span key={tag} className="tag">
                          #{tag}
                        </span>
                      ))}
                    </span>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    );
  }),
);
