import { useMemo, useState } from 'react';
import { t } from '@/utils/i18n/t';
import { readingHtml } from '@/utils/reading/reading-html';

/**
 * The sanitized clip (utils/reading/reading-html.ts). Images from other sites wait for "Load images": the
 * choice holds for this view of this clip only (not stored), so opening a clip never tells its site.
 */
export function ReadingView({ markdown }: { markdown: string }) {
  const [loadImages, setLoadImages] = useState(false);
  const { html, blockedImages } = useMemo(
    () => readingHtml(markdown, { loadImages }),
    [markdown, loadImages],
  );
  return (
    <>
      {blockedImages > 0 && (
        <p className="images-blocked" data-testid="images-blocked">
          {t('readingImagesBlocked', blockedImages)}{' '}
          <button type="button" data-testid="load-images" onClick={() => setLoadImages(true)}>
            {t('readingLoadImages')}
          </button>
        </p>
      )}
      <div className="reading-view" data-testid="reading-view" dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
