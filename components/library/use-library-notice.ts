import { useCallback, useState } from 'react';
import type { TrashedClip } from '@/utils/db/trash';
import { t } from '@/utils/i18n/t';
import type { Notice } from '../notice-bar';

/**
 * The library's one-line notice and the ways to set it: `say` a result, `fail` with an error's message,
 * `onRestored` a change with an Undo button; a deletion's notice carries the clips to restore (NoticeBar).
 */
export function useLibraryNotice() {
  const [notice, setNotice] = useState<Notice<TrashedClip[]> | null>(null);
  const say = useCallback((text: string, isError = false) => setNotice({ text, isError }), []);
  const fail = useCallback(
    (error: unknown) => say(error instanceof Error ? error.message : String(error), true),
    [say],
  );
  const onRestored = useCallback(
    (text: string, undo: () => void) =>
      setNotice({ text, isError: false, action: { label: t('undo'), run: () => (undo(), setNotice(null)) } }),
    [],
  );
  return { notice, setNotice, say, fail, onRestored };
}
