import { useEffect, useState } from 'react';
import { takeSelectionLinks } from '@/utils/batch/selection-links';
import { t } from '@/utils/i18n/t';

/**
 * The links dialog's text, or false when it is closed. The page menu's "Clip the links in this selection"
 * opens the library (`?links=selection`) with them in the dialog, taken once: a reload shows the library.
 */
export function usePastedLinks(
  say: (text: string, isError?: boolean) => void,
  fail: (error: unknown) => void,
): [text: string | false, setText: (text: string | false) => void] {
  const [text, setText] = useState<string | false>(false);
  useEffect(() => {
    if (new URLSearchParams(location.search).get('links') !== 'selection') return;
    history.replaceState(null, '', location.pathname);
    void takeSelectionLinks().then((links) => {
      if (links === null) return;
      setText(links.join('\n'));
      if (!links.length) say(t('selectionNoLinks'), true);
    }, fail);
  }, [fail, say]);
  return [text, setText];
}
